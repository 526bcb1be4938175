namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Passwords of configured users outside development: long enough, not a well-known password, not the user
/// name, not one repeated character. A refusal names the user and the rule, and the server does not start.
/// </summary>
internal static class PasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>The most common passwords of published breach corpora that reach the minimum length, lower case.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "password1234", "password12345", "passwordpassword", "qwertyuiop12",
        "qwertyuiopas", "qwerty123456", "iloveyou1234", "administrator", "letmein12345", "welcome12345",
        "changeme1234", "abcdefghijkl", "abc123456789", "111111111111", "000000000000", "aaaaaaaaaaaa",
        "p@ssw0rd1234", "passw0rd1234", "1q2w3e4r5t6y", "qazwsxedcrfv", "zaq12wsxcde3", "trustno11234",
    };

    public static void Check(UserRegistration user, IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) return;
        var problem = Problem(user.UserName, user.Password);
        if (problem is not null) throw new InvalidOperationException($"Auth:Users '{user.UserName}': {problem}");
    }

    public static string? Problem(string userName, string password)
    {
        if (password.Length < MinimumLength) return $"the password must have at least {MinimumLength} characters.";
        if (password.Distinct().Count() == 1) return "the password must not be one character repeated.";
        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase) && userName.Length > 0) return "the password must not contain the user name.";
        if (Common.Contains(password)) return "the password is one of the most common passwords in published breaches.";
        return null;
    }
}

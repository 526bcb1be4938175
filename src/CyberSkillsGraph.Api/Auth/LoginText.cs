namespace CyberSkillsGraph.Api.Auth;

/// <summary>The sign-in page's words in English and Japanese, chosen from the client's ui_locales, a lang field or Accept-Language.</summary>
internal sealed record LoginText(
    string Lang, string Title, string Heading, string Intro, string UserName, string Password, string Submit,
    string WrongPassword, string Expired, string TooMany)
{
    public static readonly LoginText English = new(
        "en", "Sign in · CyberSkillsGraph", "Sign in", "Sign in with your CyberSkillsGraph account to continue.",
        "User name", "Password", "Sign in",
        "The user name or password is wrong.",
        "The form expired; reload the page and sign in again.",
        "Too many failed sign-ins for this account or from this address. Try again in {0} seconds.");

    public static readonly LoginText Japanese = new(
        "ja", "サインイン · CyberSkillsGraph", "サインイン", "続けるには CyberSkillsGraph のアカウントでサインインしてください。",
        "ユーザー名", "パスワード", "サインイン",
        "ユーザー名またはパスワードが正しくありません。",
        "フォームの有効期限が切れました。ページを再読み込みして、もう一度サインインしてください。",
        "このアカウントまたはこのアドレスからのサインイン失敗が多すぎます。{0} 秒後にもう一度お試しください。");

    public static LoginText For(HttpRequest request, string? lang, string returnUrl)
    {
        if (lang is "ja" or "en") return lang == "ja" ? Japanese : English;
        // The OpenID Connect client's preference travels inside the authorization request we return to.
        var query = returnUrl.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? QueryString.FromUriComponent(returnUrl[q..]) : QueryString.Empty;
        var uiLocales = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value).TryGetValue("ui_locales", out var locales) ? locales.ToString() : "";
        var preferred = uiLocales.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
                        ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value;
        return preferred?.StartsWith("ja", StringComparison.OrdinalIgnoreCase) == true ? Japanese : English;
    }
}

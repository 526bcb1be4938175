using Microsoft.EntityFrameworkCore;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, and the local user accounts, in auth.db beside the graph.</summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<UserAccount>(user =>
        {
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.UserName).IsUnique();
        });
    }
}

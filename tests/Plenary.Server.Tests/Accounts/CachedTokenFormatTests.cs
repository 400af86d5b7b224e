using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Plenary.Server.Accounts;

namespace Plenary.Server.Tests.Accounts;

public sealed class CachedTokenFormatTests
{
    [Fact]
    public void A_token_is_decrypted_once_and_each_request_gets_its_own_principal()
    {
        var inner = new CountingFormat();
        var cache = new CachedTokenFormat(inner);

        var first = cache.Unprotect("token-ukr");
        var second = cache.Unprotect("token-ukr");

        Assert.Equal(1, inner.Unprotected);
        Assert.NotSame(first!.Principal, second!.Principal);
        Assert.Equal("delegation-ukr", second.Principal.Identity!.Name);
        Assert.Same(first.Properties, second.Properties);
    }

    [Fact]
    public void A_token_that_does_not_decrypt_is_never_remembered()
    {
        var inner = new CountingFormat();
        var cache = new CachedTokenFormat(inner);

        Assert.Null(cache.Unprotect("forged"));
        Assert.Null(cache.Unprotect("forged"));

        Assert.Equal(2, inner.Unprotected);
    }

    [Fact]
    public void When_full_the_cache_starts_again_rather_than_growing()
    {
        var inner = new CountingFormat();
        var cache = new CachedTokenFormat(inner);
        for (var i = 0; i < CachedTokenFormat.Capacity; i++)
        {
            cache.Unprotect($"token-{i}");
        }

        cache.Unprotect("token-one-more");
        cache.Unprotect("token-0");

        Assert.Equal(CachedTokenFormat.Capacity + 2, inner.Unprotected);
    }

    /// <summary>Stands in for Data Protection: a token "token-x" is the ticket of delegation-x, anything else fails.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotected { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotected++;
            return protectedText is not null && protectedText.StartsWith("token-", StringComparison.Ordinal)
                ? new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "delegation-" + protectedText["token-".Length..])], "test")), "BearerToken")
                : null;
        }
    }
}

namespace Plenary.Browser.Tests;

/// <summary>Every browser test shares one server and one Chromium, and they run one at a time: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}

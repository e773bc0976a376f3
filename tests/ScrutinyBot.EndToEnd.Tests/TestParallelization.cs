// Each test class boots the real host through WebApplicationFactory<Program>. With minimal hosting the factory finds
// the host Program builds by listening for the process-wide "host built" diagnostic event, so two factories starting at
// once can each take the other's host ("Addresses cannot be modified after the server has started", seen in CI).
// The classes run one after another.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

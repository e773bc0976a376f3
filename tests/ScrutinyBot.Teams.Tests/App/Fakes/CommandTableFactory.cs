using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App;
using ScrutinyBot.Teams.App.Commands;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

/// <summary>The real command table over fakes, as AddScrutinyBotApp builds it.</summary>
internal sealed class CommandTableFactory
{
    public FakeFactQueries Facts { get; } = new();
    public FakeFactStore Store { get; } = new();
    public FakeSubscriptionCommands Subscriptions { get; } = new();
    public FakeQuestionAnswerer Answerer { get; init; } = new(SampleFacts.Answer());
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));

    public CommandTable Create()
    {
        var clock = new CouncilClock(Time);
        return new CommandTable(
        [
            new HelpCommand(),
            new AskCommand(Answerer, clock),
            new OverdueCommand(Facts, clock),
            new DueSoonCommand(Facts, clock),
            new ResolutionsCommand(Facts),
            new NextMeetingCommand(Facts, clock),
            new MeetingCommand(Facts, Store),
            new SubscribeCommand(Subscriptions),
            new UnsubscribeCommand(Subscriptions),
            new SubscriptionsCommand(Subscriptions),
            new DigestNowCommand(Subscriptions),
        ]);
    }

    public static CommandRequest Request(string arguments) => new(arguments, "conv-1", "{\"conversation\":{\"id\":\"conv-1\"}}", "user-1");

    public static Answer NotAnswered() =>
        new(false, "I couldn't find that in the papers. The closest passages are below.", [SampleFacts.Citation(1, "Something nearby.")]);
}

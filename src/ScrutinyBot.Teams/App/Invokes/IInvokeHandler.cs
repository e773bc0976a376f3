using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Invokes;

/// <summary>Answers one kind of invoke activity (by its name). Invokes no handler claims get the protocol's 501.</summary>
public interface IInvokeHandler
{
    /// <summary>The invoke name, e.g. <c>composeExtension/query</c>.</summary>
    string Name { get; }

    /// <returns>The HTTP answer, or null to leave the invoke unhandled (501).</returns>
    Task<InvokeResponse?> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

namespace ScrutinyBot.Teams.Protocol;

/// <summary>The HTTP answer to an invoke activity. Set it by sending <see cref="ToActivity"/> through the turn
/// context, as the SDK does.</summary>
public sealed class InvokeResponse
{
    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    /// <summary>Serialised as the JSON body; null sends no body.</summary>
    public object? Body { get; set; }

    public Activity ToActivity() => new()
    {
        Type = ActivityTypes.InvokeResponse,
        Value = System.Text.Json.JsonSerializer.SerializeToElement(this, ProtocolJson.Options),
    };
}

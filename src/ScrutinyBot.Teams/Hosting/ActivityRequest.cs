using Microsoft.AspNetCore.Http;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>A parsed activity, or the problem answer (400/413) to send instead.</summary>
public sealed record ActivityRequest(Activity? Activity, IResult? Problem);

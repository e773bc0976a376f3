namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>A committee as GetCommittees lists it.</summary>
public sealed record ModernGovCommittee(string Id, string Title);

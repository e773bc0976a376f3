namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>A resolution as minuted, with the words over the list it is an item of (<see cref="ResolvedText.Lead"/>).</summary>
internal sealed record MinutedDecision(Resolution Resolution, string? Lead);

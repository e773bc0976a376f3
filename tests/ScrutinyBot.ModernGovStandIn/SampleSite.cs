using System.Text.Json;

namespace ScrutinyBot.StandIns;

/// <summary>A council's site described in a JSON file (committees, their meetings, each meeting's papers as files on
/// disk), loaded into a stand-in. demo/moderngov-site.json describes the shipped samples.</summary>
internal sealed record SampleSite(IReadOnlyList<SampleCommittee> Committees)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SampleSite Read(string path) =>
        JsonSerializer.Deserialize<SampleSite>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path}: not a site description");

    /// <summary>Fills the stand-in; file paths are taken relative to <paramref name="root"/>.</summary>
    public void LoadInto(ModernGovStandIn standIn, string root)
    {
        standIn.Committees.Clear();
        foreach (var committee in Committees)
        {
            standIn.Committees[committee.Id] = committee.Title;
            standIn.Meetings[committee.Id] = [.. committee.Meetings.Select(m => (m.Id, m.Date))];
            foreach (var meeting in committee.Meetings)
            {
                standIn.Papers[meeting.Id] = [.. meeting.Papers.Select(p => (p.Id, p.Title))];
                foreach (var paper in meeting.Papers)
                {
                    standIn.Files[paper.Id] = File.ReadAllBytes(Path.Combine(root, paper.File));
                }
            }
        }
    }
}

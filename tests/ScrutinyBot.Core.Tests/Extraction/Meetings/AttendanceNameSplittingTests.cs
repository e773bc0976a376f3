using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Meetings;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>Names read across line breaks and runs of names split into people, in two councils' layouts: a tabbed
/// table of names and titles (Nottingham City) and comma lists with bracketed titles (Kent County Council).</summary>
public sealed class AttendanceNameSplittingTests
{
    // Nottingham City's layout (samples/000): a two-column table whose name and title wrap onto the next line, a
    // bullet with no separator, and an apologies row naming two officers beside their two titles.
    private const string TableMinutes = "Minutes of the meeting held at Loxley House on 13 November 2024 from 9.31 am - 12.03 pm\n\n"
        + "Membership\n\nCouncillor Georgia Power\n\n"
        + "Colleagues, partners and others in attendance:\n\n"
        + "Councillor Cheryl\t Executive Member for Children, Young People and\nBarnard\tEducation\n"
        + "Elizabeth Browne\t- Executive Principal for Alternative Education, Raleigh\n\tEducation Trust\n"
        + "Nick Lee\t Director of Education Services\n\n"
        + "- Damon Stanton Scrutiny and Audit Support Officer\n\n"
        + "20 Apologies for Absence\n\n"
        + "Ailsa Barr Jill Colbert\t-\tDirector of Children's Integrated Services Corporate Director for Children and Education Services\n"
        + "Robert Griffin\t-\tAssistant Chief Constable, Nottinghamshire Police\n\n"
        + "21 Declarations of Interest\n\nNone.\n";

    // Kent's layout: "PRESENT:" and "IN ATTENDANCE:" comma lists that wrap mid-name and mid-title.
    private const string ListMinutes = "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions\nHouse, County Hall, Maidstone on Thursday, 9 January 2025.\n\n"
        + "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell,\nMr D Jeffrey, Mr R C Love, OBE, Mr D Watkins and\nMr R J Thomas\n\n"
        + "IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Mrs S Hammond\n(Corporate Director Children, Young People and Education), Mrs A Beer (Chief\nExecutive), Mr B Watts (General Counsel) and\nMr D Whittle (Director of Strategy, Policy, Relationships and Corporate Assurance)\n\n"
        + "76. Apologies\n(Item 1)\n\nNo apologies were received.\n\n77. Declarations of Interest\n(Item 2)\n\nNone.\n";

    [Fact]
    public void Extract_TableRowWrappingNameAndTitle_OnePersonWithTheWholeTitle()
    {
        var attendance = ExtractorFactory.Extract(TableMinutes).Facts.Attendance;

        var cheryl = Assert.Single(attendance, a => a.Name.StartsWith("Councillor Cheryl", StringComparison.Ordinal));
        Assert.Equal(("Councillor Cheryl Barnard", "Executive Member for Children, Young People and Education"), (cheryl.Name, cheryl.Role));
        Assert.Equal("Executive Principal for Alternative Education, Raleigh Education Trust", attendance.Single(a => a.Name == "Elizabeth Browne").Role);
    }

    [Fact]
    public void Extract_NameRunningIntoItsTitle_NameEndsWhereTheTitleStarts()
    {
        var attendance = ExtractorFactory.Extract(TableMinutes).Facts.Attendance;

        var damon = Assert.Single(attendance, a => a.Name.StartsWith("Damon", StringComparison.Ordinal));
        Assert.Equal(("Damon Stanton", "Scrutiny and Audit Support Officer"), (damon.Name, damon.Role));
    }

    [Fact]
    public void Extract_TwoOfficersInOneCellBesideTwoTitles_TwoPeople()
    {
        var apologies = ExtractorFactory.Extract(TableMinutes).Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name);

        Assert.Equal(["Ailsa Barr", "Jill Colbert", "Robert Griffin"], apologies);
    }

    [Fact]
    public void Extract_CommaListWrappingMidNameAndMidTitle_EveryPersonWhole()
    {
        var attendance = ExtractorFactory.Extract(ListMinutes).Facts.Attendance;

        Assert.Equal(
            ["Mr R W Gough", "Mr N Baker", "Mrs C Bell", "Mr D Jeffrey", "Mr R C Love", "Mr D Watkins", "Mr R J Thomas"],
            attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        var officers = attendance.Where(a => a.Status == AttendanceStatus.InAttendance).ToList();
        Assert.Equal(["Dr A Ghosh", "Mrs S Hammond", "Mrs A Beer", "Mr B Watts", "Mr D Whittle"], officers.Select(a => a.Name));
        Assert.Equal("Corporate Director Children, Young People and Education", officers[1].Role);
        Assert.Equal("Chief Executive", officers[2].Role);
    }

    [Fact]
    public void Extract_ChairmanMarkedInACommaList_StillTheChair()
    {
        var meeting = Assert.Single(ExtractorFactory.Extract(ListMinutes).Facts.Meetings);

        Assert.Equal("Mr R W Gough", meeting.Chair);
    }

    [Theory]
    [InlineData("Damon Stanton Scrutiny and Audit Support Officer", "Damon Stanton", "Scrutiny and Audit Support Officer")]
    [InlineData("Jane Smith Democratic Services Officer", "Jane Smith", "Democratic Services Officer")]
    [InlineData("Councillor Ruth Grundy", "Councillor Ruth Grundy", null)]
    [InlineData("Policy Officer", "Policy Officer", null)]
    public void SplitTrailingRole_NameThenTitle_SplitsOnlyWithTwoWordsOfNameLeft(string text, string name, string? role)
    {
        Assert.Equal((name, role), RoleWords.SplitTrailingRole(text));
    }

    [Theory]
    [InlineData("Director of Children's Integrated Services Corporate Director for Children and Education Services", 2)]
    [InlineData("Assistant Chief Constable, Nottinghamshire Police", 1)]
    [InlineData("Chief Nurse, NHS Nottingham and Nottinghamshire Integrated Care Board", 1)]
    [InlineData(null, 0)]
    public void CountTitles_RunOfTitles_OnePerPerson(string? roles, int expected)
    {
        Assert.Equal(expected, RoleWords.CountTitles(roles));
    }

    /// <summary>An English county's apologies sentence: titled names, a bracket naming who stood in that wraps over the
    /// line, a surname hyphenated across it, and the last name after "and" with another kind of title.</summary>
    [Fact]
    public void Extract_ApologiesSentenceWrappingInsideBracketsAndNames_IsEveryoneWhole()
    {
        const string minutes = """
            Scrutiny Committee

            Minutes of the Meeting Held on Wednesday 19 March 2025 at 10am in the Council Chamber, County Hall, Southtown

            Present:
            Cllr Rebecca Thorne (Chair)
            Cllr Martin Fenn

            1.     Apologies for Absence

            1.1    Apologies were received from Cllr Jonathan Pettigrew (Cllr Shelagh
                   Cossey substituting), Cllr Jill Barrington-
                   King and Ms Helen Bidwell.

            2.     Minutes

            2.1    The minutes of the meeting held on 19 February 2025 were agreed.
            """;

        var apologies = ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name);

        Assert.Equal(["Cllr Jonathan Pettigrew", "Cllr Jill Barrington-King", "Ms Helen Bidwell"], apologies);
    }

    [Theory]
    [InlineData("Apologies were received from Councillors H Buckingham and P Oakes\n       (substituted by Councillor K Varley).", "Councillor P Oakes")]
    [InlineData("Apologies were received from Councillor Helen Tapley and Councillor Ruth Whitmore (for whom Councillor Graham Lusted\nsubstituted).", "Councillor Ruth Whitmore")]
    public void Extract_ApologiesWithWhoStoodInBracketed_NamesOnlyWhoSentThem(string sentence, string last)
    {
        var minutes = $"""
            Adults and Health Committee

            Minutes of the Meeting Held on Thursday 6 March 2025 at 10am in the Council Chamber, Shire Hall, Westtown

            Present: Councillor A Gould (Chair)

            1.   Apologies for Absence

                 {sentence}

            2.   Minutes

                 The minutes of the meeting held on 6 February 2025 were agreed.
            """;

        var apologies = ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).ToList();

        Assert.Equal(2, apologies.Count);
        Assert.Equal(last, apologies[1].Name);
    }

    [Fact]
    public void Split_TitledNamesWithTheLastAfterAnd_IsEachPerson() =>
        Assert.Equal(["Cllr A Smith", "Cllr Jill Tuttle", "Ms Helen Bidwell"], PersonNames.Split("Cllr A Smith, Cllr Jill Tuttle and Ms Helen Bidwell").Select(n => n.Name));

    // Perth and Kinross's layout: a "Present:" list whose last member substitutes for another, in brackets, and a
    // singular "Apology:" line.
    private const string SubstituteInAListMinutes = "Minute of meeting of the Scrutiny and Performance Committee held in the Council Chamber, 2 High Street, Perth on Wednesday 19 February 2025 at 9.30am.\n\n"
        + "Present: Councillors A Drummond, K Menzies, E Robertson, G Fleming,\nH Baird and\nF Strathearn (substituting for Councillor C Stewart).\n\n"
        + "Apology: Councillor C Stewart.\n\n"
        + "1.    WELCOME AND APOLOGIES\n\nThe Convener welcomed all those present.\n";

    [Fact]
    public void Extract_ListEndingInABracketedSubstitution_EveryMemberAndTheSubstitute()
    {
        var attendance = ExtractorFactory.Extract(SubstituteInAListMinutes).Facts.Attendance;

        Assert.Equal(
            ["Councillor A Drummond", "Councillor K Menzies", "Councillor E Robertson", "Councillor G Fleming", "Councillor H Baird"],
            attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Councillor F Strathearn", Assert.Single(attendance, a => a.Status == AttendanceStatus.Substitute).Name);
    }

    [Fact]
    public void Extract_SingularApologyLabel_ReadsTheApology()
    {
        var attendance = ExtractorFactory.Extract(SubstituteInAListMinutes).Facts.Attendance;

        Assert.Equal("Councillor C Stewart", Assert.Single(attendance, a => a.Status == AttendanceStatus.Apologies).Name);
    }

    // Hackney's layout: labels in a column beside their lists, "Councillors in Attendance" for the members present.
    private const string LabelColumnMinutes = "Minutes of the Living in Hackney Scrutiny Commission held on Monday 10 February 2025 at 7.00 pm\n\n"
        + "  Chair                         Councillor Imogen Reid\n\n"
        + "  Councillors in Attendance     Cllr Kofi Mensah-Brown (Vice Chair),\n"
        + "                                Cllr Anya Kowalczyk, Cllr Ben Fairweather\n\n"
        + "  Apologies:                    Cllr Deniz Yilmaz\n\n"
        + "1    Apologies for Absence\n\n1.1  Apologies were noted as above.\n";

    [Fact]
    public void ExtractTextFile_CouncillorsInAttendanceBesideTheirLabel_ArePresent()
    {
        var attendance = ExtractorFactory.ExtractTextFile(LabelColumnMinutes, "hackney.txt").Facts.Attendance;

        Assert.Equal(
            ["Cllr Kofi Mensah-Brown", "Cllr Anya Kowalczyk", "Cllr Ben Fairweather"],
            attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
    }
}

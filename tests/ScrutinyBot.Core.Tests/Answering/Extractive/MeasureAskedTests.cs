using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class MeasureAskedTests
{
    [Theory]
    [InlineData("what's the school attendance rate in Nottingham?", "Final figures show that 45% of pupils in Nottinghamshire schools obtained 9-5 grades.", false)]
    [InlineData("whats the pupil absence rate in the city?", "The reoffending binary rate also remains low, at 19.2% currently.", false)]
    [InlineData("whats the pupil absence rate in the city?", "Pupil absence rates will have fallen from 7.9% in 2021/22 to below 5%.", true)]
    [InlineData("what's the school attendance rate in Nottingham?", "Attendance at city schools was 91.2% last year.", true)]
    [InlineData("what was the re-referral rate in Q3?", "Re-referral rate 30.5% Low 2023/24 Q3 31.2% 2023/24 Q2", true)] // a hyphenated word read as the papers' words are
    [InlineData("what was the re-referral rate in Q3?", "Child and Family assessments carried out within statutory timescales 95.2%", false)]
    [InlineData("what proportion of plans were issued on time?", "Just 4.5% of new EHCPs were issued within 20 weeks.", true)] // no measure named before the noun
    [InlineData("what's Kent's rate of looked after children?", "The rate is 58 per 10,000.", true)] // a place's rate: other checks read it
    [InlineData("what's the hourly rate for a KCC community warden?", "The new minimum salary will result in an hourly rate of £12.71 per hour.", false)] // whom the rate is for
    [InlineData("what's the hourly rate for a KCC community warden?", "Community wardens are paid £13.40 an hour, above the minimum rate.", true)]
    [InlineData("what is the day rate for agency social workers?", "Agency social worker day rates average £420.", true)]
    [InlineData("what council tax rise is the city proposing for 25/26?", "£2 million in savings are proposed to children's services over 2025-2029.", false)] // a rise of what
    [InlineData("what council tax rise is the city proposing for 25/26?", "The draft budget includes a proposed 4.99% Council Tax increase for 2025-26.", true)]
    [InlineData("how much CIL income is KCC expecting in 2025-26?", "The budget for net investment income in 2025-26 is £11.5m.", false)] // the thing counted, by its letters
    [InlineData("how much CIL income is KCC expecting in 2025-26?", "CIL receipts of £2.1m are expected in 2025-26.", true)]
    [InlineData("how much CIL income is KCC expecting in 2025-26?", "Community Infrastructure Levy receipts of £2.1m are expected.", true)] // the name written out
    [InlineData("how many extra SEND places are planned?", "A further 120 places are planned.", false)]
    [InlineData("how many FTE/staff transfer?", "The transfer is of circa 70 FTE.", true)]
    [InlineData("how many staff in KCC's team?", "There are 12 staff in the team.", true)] // letters after the counted thing are not it
    public void IsNamedIn_TheThingMeasured_MustBeNamed(string question, string sentence, bool named) =>
        Assert.Equal(named, new MeasureAsked(question).IsNamedIn([sentence]));

    [Fact]
    public void IsNamedIn_TheSentenceBefore_NamesItForTheFigure() =>
        Assert.True(new MeasureAsked("what's the school attendance rate in Nottingham?").IsNamedIn(["School attendance has improved.", "It is now 92%."]));
}

using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class IntentDetectorTests
{
    [Theory]
    [InlineData("what's the latest on the alternative education recommendations?", QuestionIntent.Response)]
    [InlineData("whats the exact date of the partnership board mtg in december 2022?", QuestionIntent.When)]
    [InlineData("can you check the date of the next budget meeting?", QuestionIntent.When)]
    [InlineData("any news on the newsletter request?", QuestionIntent.Response)]
    [InlineData("what was the outcome of the amendment on bus passes?", QuestionIntent.Outcome)]
    [InlineData("was the motion on the family farm tax carried?", QuestionIntent.Outcome)]
    [InlineData("did the Green group's amendment pass?", QuestionIntent.Outcome)]
    [InlineData("did full council actually agree to give the scrutiny chair to the opposition?", QuestionIntent.Outcome)]
    [InlineData("what's happened with our request for info on the school places formula?", QuestionIntent.Outcome)] // the present perfect, as "what happened to"
    [InlineData("whats become of the letter to the Chief Constable?", QuestionIntent.Outcome)]
    [InlineData("did cabinet approve the new bus strategy?", QuestionIntent.Outcome)]
    [InlineData("remind me of the deadlines for the interim plan and the full proposal?", QuestionIntent.Deadline)]
    [InlineData("date, time and venue for the March 2022 CYP scrutiny meeting pls", QuestionIntent.StartTime)]
    [InlineData("date, time and venue for the March 2022 CYP scrutiny meeting pls", QuestionIntent.When)]
    [InlineData("what is the time and place of the next board?", QuestionIntent.StartTime)]
    [InlineData("how did the vote go on the devolution motion?", QuestionIntent.Outcome)]
    [InlineData("how did the opposition's budget amendment do at full council in Feb?", QuestionIntent.Outcome)]
    [InlineData("how did it go at cabinet?", QuestionIntent.Outcome)]
    [InlineData("where are we with the exclusions report?", QuestionIntent.Response)]
    [InlineData("what reports are on the agenda for the 15 April select committee?", QuestionIntent.Agenda)]
    [InlineData("where is cabinet on 13 March, and what's it meeting about?", QuestionIntent.Agenda)]
    [InlineData("whats being discussed at cabinet on 13 March?", QuestionIntent.Agenda)]
    [InlineData("what's on the list for the 15 July 2024 Children and Families select committee?", QuestionIntent.Agenda)]
    [InlineData("what's coming up at cabinet on 13 March?", QuestionIntent.Agenda)]
    [InlineData("what's on for the July scrutiny meeting?", QuestionIntent.Agenda)]
    [InlineData("what did members agree to add to the work programme?", QuestionIntent.Resolutions)]
    [InlineData("what did the council say about the young futures hub?", QuestionIntent.Response)]
    [InlineData("how many children were in care at the end of March 2021?", QuestionIntent.Quantity)]
    [InlineData("which Ofsted monitoring visits had we had by January 2024?", QuestionIntent.Enumeration)]
    [InlineData("what is scrutiny being asked to do with the safeguarding annual report?", QuestionIntent.Decision)]
    [InlineData("how often are we getting the performance reports?", QuestionIntent.Frequency)]
    [InlineData("what happened to the HAF report members asked for?", QuestionIntent.Outcome)]
    [InlineData("who chaired the meeting?", QuestionIntent.Chair)]
    [InlineData("what did the s151 officer conclude in the section 25 statement?", QuestionIntent.Conclusion)]
    [InlineData("quick one - what was the auditor's overall view on value for money?", QuestionIntent.Conclusion)]
    [InlineData("what were the review's conclusions on home to school transport?", QuestionIntent.Conclusion)]
    [InlineData("who was absent from the November committee?", QuestionIntent.Absent)]
    [InlineData("who sent apologies?", QuestionIntent.Apologies)]
    [InlineData("who attended the board?", QuestionIntent.Attendance)]
    [InlineData("who turned up to the December board?", QuestionIntent.Attendance)]
    [InlineData("who showed up at cabinet on 4 March?", QuestionIntent.Attendance)]
    [InlineData("who subbed in for Cllr Welsh on 5 Feb?", QuestionIntent.Attendance)]
    [InlineData("did anyone substitute for the chair?", QuestionIntent.Attendance)]
    [InlineData("what time does it start?", QuestionIntent.StartTime)]
    [InlineData("what time did it finish?", QuestionIntent.EndTime)]
    [InlineData("quick one: what time is the 13 March full council meant to wrap up?", QuestionIntent.EndTime)]
    [InlineData("where is the meeting?", QuestionIntent.Place)]
    [InlineData("what time does CYP scrutiny kick off on 15 Jan, and which building is it in?", QuestionIntent.Place)]
    [InlineData("what room is the audit committee in?", QuestionIntent.Place)]
    [InlineData("what yearly saving does the family hubs decision claim?", QuestionIntent.Quantity)]
    [InlineData("when is the next meeting?", QuestionIntent.NextMeeting)]
    [InlineData("what was resolved about school places?", QuestionIntent.Resolutions)]
    [InlineData("which responses are overdue?", QuestionIntent.Overdue)]
    [InlineData("what responses are due this month?", QuestionIntent.DueSoon)]
    [InlineData("what is the deadline for the response on fines?", QuestionIntent.Deadline)]
    [InlineData("can you tell me when responses were due on the recs made at its 11 Sept meeting?", QuestionIntent.Deadline)]
    [InlineData("any idea when the cabinet's reply is due?", QuestionIntent.Deadline)]
    [InlineData("what's on the work programme?", QuestionIntent.WorkProgramme)]
    [InlineData("how many foster carers are there?", QuestionIntent.Quantity)]
    [InlineData("what population size did the letter say new councils should have?", QuestionIntent.Quantity)]
    [InlineData("what size is the reserve meant to be?", QuestionIntent.Quantity)]
    public void Detect_Question_IncludesIntent(string question, QuestionIntent expected)
    {
        Assert.True(IntentDetector.Detect(question).HasFlag(expected));
    }

    [Theory]
    [InlineData("which option did the three committees prefer for who requests a call-in?", false)]
    [InlineData("what did the report say about who pays for the works?", false)]
    [InlineData("can you tell me who chaired it?", true)]
    [InlineData("who decided on the option for the call-in?", true)]
    [InlineData("what was agreed and who proposed it?", true)]
    [InlineData("a question for who?", true)] // no other question word: the "who" is asked
    public void Detect_WhoOpeningAClauseAfterAPreposition_AsksForNoPerson(string question, bool person) =>
        Assert.Equal(person, IntentDetector.Detect(question).HasFlag(QuestionIntent.Person));

    [Theory]
    [InlineData("pls remind me - what's the pupil absence target in the integrated care strategy?", false)]
    [InlineData("what are school attendance rates like in Kent?", false)]
    [InlineData("is persistent absence going down?", false)]
    [InlineData("do schools fine parents for non-attendance?", false)]
    [InlineData("what's the absence rate for staff?", false)]
    [InlineData("who sent apologies for absence to the November committee?", true)]
    [InlineData("what was member attendance like at the last meeting?", true)]
    [InlineData("who was in attendance at cabinet?", true)]
    [InlineData("what was the attendance at the December meeting?", true)]
    public void Detect_AbsenceOrAttendanceOfAServiceMeasured_IsNotAMeetings(string question, bool meetings)
    {
        var intent = IntentDetector.Detect(question);
        Assert.Equal(meetings, intent.HasFlag(QuestionIntent.Absent) || intent.HasFlag(QuestionIntent.Attendance));
    }

    [Theory]
    [InlineData("who ended up winning the award?", false)] // how it turned out
    [InlineData("how much did the scheme end up costing?", false)]
    [InlineData("what time did the meeting end?", true)]
    [InlineData("when did it end up finishing?", true)] // "finishing" still asks when it ended
    public void Detect_EndUp_IsNotWhenAMeetingEnded(string question, bool endTime) =>
        Assert.Equal(endTime, IntentDetector.Detect(question).HasFlag(QuestionIntent.EndTime));

    [Fact]
    public void Detect_OverdueQuestion_IsNotAlsoDueSoon()
    {
        Assert.False(IntentDetector.Detect("which responses are overdue?").HasFlag(QuestionIntent.DueSoon));
    }

    [Theory]
    [InlineData("when's the new free school actually due to open?", false)]
    [InlineData("was the delay due to staffing?", false)]
    [InlineData("which responses are due to the committee in March?", true)]
    [InlineData("what is due to cabinet next month?", true)]
    public void Detect_DueToAVerb_IsNotAResponseDue(string question, bool dueSoon) =>
        Assert.Equal(dueSoon, IntentDetector.Detect(question).HasFlag(QuestionIntent.DueSoon));

    [Theory]
    [InlineData("what's on the partnership board forward plan for December?")] // a programme, not one meeting's business
    [InlineData("what's on the list for adult social care?")] // no meeting named
    public void Detect_WhatsOnAListThatIsNoMeetings_IsNotAnAgenda(string question) =>
        Assert.False(IntentDetector.Detect(question).HasFlag(QuestionIntent.Agenda));

    [Fact]
    public void Detect_ComingUpAtAMeeting_IsItsBusinessNotResponsesDue() =>
        Assert.False(IntentDetector.Detect("what's coming up at cabinet on 13 March?").HasFlag(QuestionIntent.DueSoon));

    [Theory]
    [InlineData("where's the new free school going to be built, and when is it due to open?", false)]
    [InlineData("when is the Prevention Framework due to come to Cabinet?", false)]
    [InlineData("when was the response due to the committee?", true)]
    [InlineData("when is the cabinet's reply due?", true)]
    public void Detect_WhenDueToAVerb_IsNotADeadline(string question, bool deadline) =>
        Assert.Equal(deadline, IntentDetector.Detect(question).HasFlag(QuestionIntent.Deadline));

    [Theory]
    [InlineData("what happened to the proportion of children on protection plans?")]
    [InlineData("what happened to the number of complaints last year?")]
    public void Detect_WhatHappenedToAFigure_IsAQuantityNotAnOutcome(string question)
    {
        var intent = IntentDetector.Detect(question);

        Assert.False(intent.HasFlag(QuestionIntent.Outcome));
        Assert.True(intent.HasFlag(QuestionIntent.Quantity));
    }

    [Theory]
    [InlineData("how many safeguarding concerns is the MASH getting now vs when it started?")]
    [InlineData("how much more is the service costing than when it began?")]
    public void Detect_CountComparedWithWhenSomethingStarted_AsksNoTime(string question)
    {
        var intent = IntentDetector.Detect(question);

        Assert.True(intent.HasFlag(QuestionIntent.Quantity));
        Assert.False(intent.HasFlag(QuestionIntent.When));
        Assert.False(intent.HasFlag(QuestionIntent.StartTime));
    }

    [Theory]
    [InlineData("Who was in the chair for the 9 January full council when the devolution priority programme was debated?", false)]
    [InlineData("what did the committee recommend when it looked at children without a school place?", false)]
    [InlineData("who was appointed, and when?", true)]
    [InlineData("who chaired it and when was it held?", true)]
    [InlineData("when did cabinet approve it?", true)]
    [InlineData("do you know when the plan went to Ofsted?", true)]
    public void Detect_WhenAfterAnotherQuestionWord_PicksOutTheOccasionUnlessItAsksAgain(string question, bool asksWhen) =>
        Assert.Equal(asksWhen, IntentDetector.Detect(question).HasFlag(QuestionIntent.When));

    [Theory]
    [InlineData("how many people came, and when did it start?")]
    [InlineData("what time did it start and how many people came?")]
    public void Detect_CountAndTimeBothAsked_KeepsTheTime(string question) =>
        Assert.True(IntentDetector.Detect(question).HasFlag(QuestionIntent.StartTime));

    [Fact]
    public void Detect_EndOfAMonth_IsADateNotAFinishingTime() =>
        Assert.False(IntentDetector.Detect("how many children were in care at the end of March 2021?").HasFlag(QuestionIntent.EndTime));

    [Theory]
    [InlineData("can you tell me who chaired the last meeting?", QuestionIntent.Chair)]
    [InlineData("quick one - when is the next meeting?", QuestionIntent.NextMeeting)]
    [InlineData("any idea which reports were asked for in March?", QuestionIntent.Enumeration)]
    public void Analyze_ChatPrefix_StillReadsTheIntent(string question, QuestionIntent expected)
    {
        var sut = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])).Intent;

        Assert.True((sut & expected) != 0, $"{question} -> {sut}");
    }
}

using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class QuantityTextTests
{
    private static bool IsAllocated(string word) => word.StartsWith("allocat", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Kent has been allocated £5,046,624.")] // the figure ends the sentence
    [InlineData("Kent has been allocated £5,046,624")]
    [InlineData("£5m has been allocated to the scheme.")]
    [InlineData("23 Grants were allocated to the Safeguarding Partnership in 2023/24.")] // a count opening a sentence
    public void HasFigureNear_FigureWithinReachOfTheSubject_IsFound(string text) =>
        Assert.True(QuantityText.HasFigureNear(text, IsAllocated, 8));

    [Theory]
    [InlineData("Funding was allocated on a formula based upon forecast numbers of pupils and school capacity set out in the annual survey, £5m.")]
    [InlineData("The grant was allocated in 2024.")] // a year is not a figure
    [InlineData("1) The grant was allocated as set out above.")] // nor the number of a list item
    [InlineData("(4) RESOLVED that the grant be allocated.")]
    [InlineData("23 Grant Allocated to the Safeguarding Partnership 2023/24")] // an agenda item's number before its title
    [InlineData("Budget Amendment Form - Amendment Name: Grant allocated Number: 6 - Directorate: Growth")] // a form's number, not a count
    [InlineData("The grant allocated is set out at Row 157 of the table.")]
    public void HasFigureNear_NoFigureWithinReach_IsNotFound(string text) =>
        Assert.False(QuantityText.HasFigureNear(text, IsAllocated, 8));

    [Theory]
    [InlineData("In 2017 21% of the population said that they would need to borrow money at short notice.", true)] // reach counts telling words
    [InlineData("In 2017 21% of the adult population across the whole of the United Kingdom reported that they would need to borrow.", false)]
    public void HasFigureNear_WordsThatSayNothing_DoNotCountTowardsTheReach(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, w => w.StartsWith("borrow", StringComparison.OrdinalIgnoreCase), 6));

    [Theory]
    [InlineData("Allocate up to £75k from the money earmarked for general reserves to fund a comprehensive feasibility study.")]
    [InlineData("Allocate up to £2.1m from the money earmarked for general reserves to fund a comprehensive feasibility study.")]
    [InlineData("Allocate up to 10 per cent of the money earmarked for general reserves to fund a comprehensive feasibility study.")]
    public void HasFigureNear_TheFiguresOwnUnit_IsNoWordBesideIt(string text) => // "k", "m", "per cent" belong to the figure
        Assert.True(QuantityText.HasFigureNear(text, w => w.StartsWith("feasib", StringComparison.OrdinalIgnoreCase), 6));

    private static bool IsFosterCarer(string word) => word.StartsWith("foster", StringComparison.OrdinalIgnoreCase) || word.StartsWith("carer", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("The average weekly cost of a foster carer placement is between £500 and £1,000.", false)] // money is not a count
    [InlineData("Recruiting more foster carers across the four local authorities is a priority.", false)] // counts authorities
    [InlineData("The foster carers scheme would use the extra grant (c.£550k).", false)] // a sum after "c." is money too
    [InlineData("There are now 412 foster carers.", true)]
    [InlineData("The team approved four new foster carers in March.", true)]
    [InlineData("Foster carer recruitment campaigns drew 350 enquiries this year.", false)] // counts enquiries
    [InlineData("Of the 350 enquiries, 41 foster carers were approved.", true)]
    [InlineData("The number of foster carers was 412, compared with 398 the year before.", true)]
    public void HasFigureNear_HowManyQuestion_WantsACountOfWhatItAsksAbout(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, IsFosterCarer, 8, question: "how many foster carers are there?"));

    private static bool IsHome(string word) => word.StartsWith("home", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("The fostering grant will be shared by the four local authorities.", false)] // a count of authorities
    [InlineData("The fostering grant brings £450,000 to each of the authorities.", true)]
    [InlineData("The county keeps 25% of the fostering grant.", true)]
    public void HasFigureNear_HowMuchOfASum_WantsASumOrAShare(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, word => word.StartsWith("grant", StringComparison.OrdinalIgnoreCase), 8, question: "how much of the £1.8m fostering grant is the county getting?"));

    [Theory]
    [InlineData("A small number of children under 16 are living in unregistered children's homes.", "how many unregistered children's homes are used?", false)] // an age, not a count
    [InlineData("Young people aged 18 can stay in their children's homes.", "how many children's homes are there?", false)]
    [InlineData("The service supports young adults in the homes up to age 25, when they move on.", "how many young adults are in the homes?", false)] // a comma after the age
    [InlineData("The service supports young adults in the homes, particularly those aged 18 \u2013 21.", "how many young adults are in the homes?", false)] // an age range's end
    [InlineData("The service supports young adults in the homes, particularly those aged 18 to 21.", "how many young adults are in the homes?", false)]
    [InlineData("Between 18 and 21 young adults live in the homes.", "how many young adults are in the homes?", true)] // a count, however rough
    [InlineData("The homes are reviewed with the 18-25 community-based services.", "how many homes are there?", false)] // a range of ages
    [InlineData("There are 10-12 homes in the city.", "how many homes are there?", true)] // a count, however rough
    [InlineData("7 Transformation - Homes Service - Reduce the cost of homes -1,500.0 0.0 0.0", "how many homes are there?", false)] // a budget row's number
    [InlineData("7 Homes were inspected in the year.", "how many homes are there?", true)]
    [InlineData("34 Most homes in the city are rated good.", "how many homes are there?", false)] // a page's number run into a sentence
    [InlineData("The amendment would fund these homes.” (20) Following the debate the homes plan fell.", "how many homes are there?", false)] // a paragraph's number
    [InlineData("The amendment would fund (20) homes.", "how many homes are there?", true)]
    [InlineData("Over 100 children are living in unregistered children's homes.", "how many children are in unregistered homes?", true)] // a count
    [InlineData("The city uses 12 unregistered children's homes.", "how many unregistered children's homes are used?", true)]
    [InlineData("Children under 16 can live in the homes.", "what age do children have to be to live in the homes?", true)] // the age is asked
    public void HasFigureNear_AnAgeThatBoundsPeople_IsNotACount(string text, string question, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, IsHome, 6, question: question));

    [Theory]
    [InlineData("a minority response supported by the largest minority, but at least three members, may be prepared.")]
    [InlineData("A minority response needs the support of three members.")]
    public void HasFigureNear_SubjectWordBeforeAComma_IsTheWordWithoutIt(string text) =>
        Assert.True(QuantityText.HasFigureNear(text, word => word.Equals("members", StringComparison.OrdinalIgnoreCase), 3, question: "how many members have to back a minority response?"));

    [Theory]
    [InlineData("In total 1,016 consultees took part in the consultation questionnaire.", true)]
    [InlineData("Overall 212 participants took part in the consultation questionnaire.", true)]
    [InlineData("In total 1,016 complaints were logged about the questionnaire.", false)] // counts complaints, not people
    public void HasFigureNear_HowManyPeople_IsAnsweredByACountOfPeopleWhateverTheyAreCalled(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, word => word.StartsWith("questionnaire", StringComparison.OrdinalIgnoreCase), 8, question: "how many people filled in the consultation questionnaire?"));

    [Fact]
    public void HasFigureNear_HowManyPounds_IsAnsweredByMoney() =>
        Assert.True(QuantityText.HasFigureNear("Each foster carer is paid £500 a week.", IsFosterCarer, 8, question: "how many pounds a week is a foster carer paid?"));

    [Theory]
    [InlineData("how much is the proposed extra care scheme going to cost?", true)]
    [InlineData("what's the budget for the new short breaks unit?", true)]
    [InlineData("how much money did the council put in?", true)]
    [InlineData("how much of the partnership's funding does the police pay?", false)]
    [InlineData("what % of the budget is spent on transport?", false)]
    [InlineData("how many apartments will the scheme provide?", false)]
    [InlineData("do you know what we pay link group a year for treasury advice?", true)]
    [InlineData("what is the chief executive actually paid?", true)]
    [InlineData("what does the director earn?", true)]
    [InlineData("how much cash does the police put in each year?", true)]
    [InlineData("what is the police contribution in pounds?", true)]
    [InlineData("who is paid to run the hub?", false)]
    [InlineData("whats the total cost of the scheme over 3 years?", true)]
    [InlineData("any estimate of what the first mayoral election in May 2026 would cost?", true)]
    [InlineData("do we know what the new depot is going to cost?", true)]
    [InlineData("what did the depot report say about costs?", false)]
    [InlineData("What did the independent social worker's audit of 100 MASH cases in November 2023 cost?", true)] // a long subject before "cost"
    [InlineData("How much DfE money is paying for the team development days?", true)]
    [InlineData("how much government grant did the scheme get?", true)]
    [InlineData("what did the audit of costs find?", false)]
    [InlineData("What yearly saving does the family hubs decision claim?", true)]
    [InlineData("What's the latest cost estimate for converting the house into a children's home?", true)]
    [InlineData("what's the estimated total cost of the interchange upgrade?", true)]
    [InlineData("how much will closing the two hubs save?", true)]
    [InlineData("what savings proposals affect children's services?", false)]
    [InlineData("do we know the annual fee we pay the advisers?", true)] // "know the fee" asks for it as "what is the fee" does
    [InlineData("can you tell me the charges for parking at the hub?", true)]
    [InlineData("who sets the fees for the advisers?", false)]
    [InlineData("what's the annual £ figure for the investment fund?", true)] // a pound sign with no figure asks for a sum
    [InlineData("how many £s does the fund get a year?", true)]
    [InlineData("what happened to the £5m grant for the fund?", false)]
    [InlineData("what's KCC spending on the holiday food programme?", true)] // the spending asked in the progressive, as "what does KCC spend on…"
    [InlineData("what is the council paying the advisers this year?", true)]
    [InlineData("whats KCC paying the advisers this year?", true)] // the chat form, no apostrophe
    [InlineData("whats the director actually paid?", true)]
    [InlineData("what's the council spending review say about libraries?", false)]
    [InlineData("What's the county's planned capital expenditure for 2029-30?", true)] // an owner's expenditure, as "the expenditure"
    [InlineData("what's the council's budget for libraries?", true)]
    [InlineData("what's the council's position on the spending review?", false)]
    [InlineData("What did Nottingham City pay the consultants for the transformation work?", true)] // a named payer, as "what did we pay"
    [InlineData("what does Kent County Council charge for a parking permit?", true)]
    [InlineData("what did the Cabinet Member say about pay awards?", false)]
    [InlineData("what did Ofsted say about the pay of social workers?", false)]
    [InlineData("what is the contract value of the partnership with the consultants?", true)] // a contract's value is a sum
    [InlineData("what's the value for money assessment of the partnership?", false)]
    [InlineData("how much has the average time kids spend on a CP plan come down by?", false)] // time, not money, is spent
    [InlineData("how much did the council spend over the last three years on agency staff?", true)]
    [InlineData("What salary or allowance is proposed for the new mayor?", true)] // the pay itself asked
    [InlineData("what allowances do co-opted members get?", true)]
    [InlineData("what salary band is the post on?", false)] // a band's name, not a sum
    [InlineData("what hourly rate does the county pay providers for funded places?", true)] // a rate of pay is a sum
    [InlineData("what's the rate of pay for relief staff?", true)]
    [InlineData("what vacancy rate does the service have?", false)] // a rate that is a share
    [InlineData("what did the panel say about salaries?", false)]
    [InlineData("any idea what our Basic Need allocation was for the 2024-25 financial year?", true)] // "what X was" asked inside the question
    [InlineData("do you know what the depot's running costs will be?", true)]
    [InlineData("what's the Basic Need allocation for Kent this year?", true)] // an allocation of funding is a sum
    [InlineData("what's the allocation policy for school places?", false)]
    [InlineData("what's the allocation of places to pupils with EHCPs?", false)]
    [InlineData("do you know what the grant criteria were?", false)]
    public void AsksForMoney_CostOrBudgetAsked_IsTrueButNotForAShare(string question, bool expected) =>
        Assert.Equal(expected, QuantityText.AsksForMoney(question));

    [Theory]
    [InlineData("This scheme could provide 60 apartments with 30 adjacent bungalows.", false)]
    [InlineData("The scheme is expected to cost £14.2m to build.", true)]
    [InlineData("The scheme is expected to cost 14 million pounds.", true)]
    [InlineData("Base Budget Changes Waste - Scheme income lost due to market conditions 182.0 0.0 0.0 Waste Core", true)] // a finance table's row in £000s
    [InlineData("Scheme performance: 45 apartments let, 12 void, 3 awaiting repair", false)]
    [InlineData("Scheme satisfaction 82.5 in 2024", false)] // one figure to one decimal place is not a table's row
    public void HasFigureNear_MoneyOnly_CountsOnlySumsOfMoney(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, w => w.StartsWith("scheme", StringComparison.OrdinalIgnoreCase), 8, moneyOnly: true));

    [Theory]
    [InlineData("what % of plans were issued in time?", true)]
    [InlineData("what percentage of EHC plans went out within 20 weeks?", true)]
    [InlineData("what interest rate is charged on the loan?", true)]
    [InlineData("how many plans were issued in time?", false)]
    [InlineData("what proportion of the partnership's funding comes from the police?", true)]
    [InlineData("what share of the budget goes on transport?", true)]
    public void AsksForPercentage_PercentageOrInterestRateAsked(string question, bool expected) =>
        Assert.Equal(expected, QuantityText.AsksForPercentage(question));

    [Theory]
    [InlineData("The funding is split between the three statutory partners.", false)] // a count of partners, not a share
    [InlineData("The police contribution to the funding was just 9.1%.", true)]
    [InlineData("The police pay a third of the funding.", true)]
    [InlineData("The police pay 1 in every 10 pounds of the funding.", true)]
    public void HasFigureNear_PercentOnly_CountsPercentagesAndFractions(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, w => w.StartsWith("fund", StringComparison.OrdinalIgnoreCase), 8, percentOnly: true));

    [Theory]
    [InlineData("The loan balance was £0.15m at 31 March.", false)]
    [InlineData("The loan carries an interest rate of 4.15%.", true)]
    [InlineData("The loan carries interest at 4 per cent a year.", true)]
    public void HasFigureNear_PercentOnly_CountsOnlyPercentages(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigureNear(text, w => w.StartsWith("loan", StringComparison.OrdinalIgnoreCase), 8, percentOnly: true));
}

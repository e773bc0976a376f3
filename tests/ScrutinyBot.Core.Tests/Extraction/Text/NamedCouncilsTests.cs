using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Tests.Extraction.Text;

public sealed class NamedCouncilsTests
{
    private static string[] Paper(params string[] lines) => lines;

    [Fact]
    public void MostNamed_OwnPlaceSpokenOfThroughout_WinsOverANeighbourNamedAsOften()
    {
        var lines = Paper(
            "Members asked whether cuts at Nottingham City Council would add to demand.",
            "There was no link between cuts at Nottingham City Council and demand here.",
            "Nottinghamshire has seen more children placed in foster care.",
            "Placements in Nottinghamshire are cheaper than residential care.",
            "The D2N2 authorities (Derbyshire County Council, Nottinghamshire County Council) launched a regional approach.",
            "Nottinghamshire County Council will recruit foster carers in Nottinghamshire.");

        Assert.Equal("Nottinghamshire County Council", NamedCouncils.MostNamed(lines));
    }

    [Fact]
    public void MostNamed_PaperCallingItselfByOtherInitials_NamesNoCouncil()
    {
        var lines = Paper(
            "This project is funded fully by Dover District Council and KCC are drawing down the grant.",
            "Dover District Council has confirmed the sum. KCC will manage the works in Dover.",
            "KCC KCC KCC KCC KCC budget monitoring for Dover and Kent.");

        Assert.Null(NamedCouncils.MostNamed(lines));
    }

    [Fact]
    public void MostNamed_HeadingRunIntoTheMeetingsName_IsNotAPlace()
    {
        var lines = Paper(
            "2025-26 Budget County Council 13 February 2025",
            "The budget sets the budget envelope; the Budget is balanced and the budget gap closed.",
            "Budget Budget",
            "Kent County Council sets its budget. Kent has the largest budget in Kent's history.");

        Assert.Equal("Kent County Council", NamedCouncils.MostNamed(lines));
    }

    [Fact]
    public void MostNamed_PlaceMentionedInMailAddressesOnly_IsNotCountedAsAWord()
    {
        var lines = Paper("Testshire County Council", "Contact: clerk@testshire.gov.uk", "See www.testshire.gov.uk", "Testshire Testshire");

        Assert.Equal("Testshire County Council", NamedCouncils.MostNamed(lines));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("County Council", true)]
    [InlineData("The  City Council", true)]
    [InlineData("Kent County Council", false)]
    public void IsGeneric_CouncilWithoutItsPlace(string? council, bool expected) =>
        Assert.Equal(expected, NamedCouncils.IsGeneric(council));

    [Theory]
    [InlineData("County Council", true)]
    [InlineData("City Council", false)]
    [InlineData(null, true)]
    public void IsOfKind_GenericNameTakesOnlyANamedCouncilOfItsKind(string? generic, bool expected) =>
        Assert.Equal(expected, NamedCouncils.IsOfKind("Kent County Council", generic));
}

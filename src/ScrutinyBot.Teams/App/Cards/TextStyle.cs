namespace ScrutinyBot.Teams.App.Cards;

public enum TextStyle
{
    Normal,
    Title,
    Heading,
    Subtle,
    Label,
}

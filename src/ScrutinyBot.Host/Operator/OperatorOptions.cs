using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Host.Operator;

/// <summary>Access to the operator endpoints such as POST /api/digests/run (section "Operator").</summary>
public sealed class OperatorOptions : IValidatableObject
{
    public const string SectionName = "Operator";

    public const int MinimumKeyLength = 32;

    /// <summary>The key an operator call must carry as <c>Authorization: Bearer &lt;key&gt;</c>. Required whenever the bot
    /// is not in anonymous-loopback development mode (no Bot:AppId and Bot:AllowAnonymousLoopback on); empty (default)
    /// then means every operator call is refused. At least 32 characters when set.</summary>
    public string ApiKey { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey.Length is > 0 and < MinimumKeyLength)
        {
            yield return new ValidationResult($"Operator:ApiKey must be empty or at least {MinimumKeyLength} characters.", [nameof(ApiKey)]);
        }
    }
}

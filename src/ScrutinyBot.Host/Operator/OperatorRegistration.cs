namespace ScrutinyBot.Host.Operator;

public static class OperatorRegistration
{
    /// <summary>Operator:ApiKey and the filter that guards operator endpoints.</summary>
    public static IServiceCollection AddOperatorAccess(this IServiceCollection services)
    {
        services.AddOptions<OperatorOptions>()
            .BindConfiguration(OperatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OperatorEndpointFilter>();
        return services;
    }

    /// <summary>Puts the endpoint behind <see cref="OperatorEndpointFilter"/>.</summary>
    public static RouteHandlerBuilder RequireOperator(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<RouteHandlerBuilder, OperatorEndpointFilter>();
}

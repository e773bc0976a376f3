namespace ScrutinyBot.Host.Telemetry;

public static class ServiceDecoration
{
    /// <summary>Wraps the last registration of <typeparamref name="TService"/> (type, factory or instance) in a
    /// decorator with the same lifetime; does nothing when the service is not registered.</summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        var index = LastIndexOf(services, typeof(TService));
        if (index < 0)
        {
            return services;
        }

        var original = services[index];
        Func<IServiceProvider, object> inner = original switch
        {
            { ImplementationInstance: { } instance } => _ => instance,
            { ImplementationFactory: { } factory } => factory,
            { ImplementationType: { } type } => sp => ActivatorUtilities.CreateInstance(sp, type),
            _ => throw new InvalidOperationException($"{typeof(TService).Name} is registered in a way that cannot be decorated."),
        };
        services[index] = new ServiceDescriptor(typeof(TService), sp => decorate(sp, (TService)inner(sp)), original.Lifetime);
        return services;
    }

    private static int LastIndexOf(IServiceCollection services, Type serviceType)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == serviceType && !services[i].IsKeyedService)
            {
                return i;
            }
        }

        return -1;
    }
}

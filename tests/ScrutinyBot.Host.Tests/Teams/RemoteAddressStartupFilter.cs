using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>Sets the caller's address on each request, as Kestrel would (TestServer leaves it empty).</summary>
internal sealed class RemoteAddressStartupFilter(Func<IPAddress?> address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address();
            return nextMiddleware(context);
        });
        next(app);
    };
}

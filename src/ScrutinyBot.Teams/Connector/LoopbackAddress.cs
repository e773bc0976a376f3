using System.Net;

namespace ScrutinyBot.Teams.Connector;

/// <summary>Loopback checks for hosts and addresses: localhost, 127.0.0.0/8, ::1 (and IPv4-mapped forms).</summary>
public static class LoopbackAddress
{
    public static bool IsLoopback(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }

    public static bool IsLoopbackHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out var address) && IsLoopback(address);
    }
}

using System.Buffers.Text;
using System.Text;

namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>Opaque Relay cursors: the base64url form of the key (an id) of the item a page starts or ends at.</summary>
internal static class Cursor
{
    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    public static bool TryDecode(string cursor, out string id)
    {
        id = "";
        try
        {
            id = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return id.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

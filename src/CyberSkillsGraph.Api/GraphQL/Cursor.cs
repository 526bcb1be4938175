using System.Buffers.Text;
using System.Text;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>Opaque Relay cursors: the base64url form of the record id the page continues after.</summary>
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

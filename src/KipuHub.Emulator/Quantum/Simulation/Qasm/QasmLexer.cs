using System.Text;

namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>Splits an OpenQASM 2 or 3 program into tokens: identifiers, numbers, strings and symbols; comments dropped.</summary>
public static class QasmLexer
{
    static readonly string[] Symbols = { "->", "==", "**", "[", "]", "(", ")", "{", "}", ",", ";", "@", "=", "+", "-", "*", "/", ":", "$" };

    public static List<QasmToken> Tokens(string source)
    {
        var tokens = new List<QasmToken>();
        var line = 1;
        var i = 0;
        while (i < source.Length)
        {
            var ch = source[i];
            if (ch == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (Starts(source, i, "//")) { while (i < source.Length && source[i] != '\n') i++; continue; }
            if (Starts(source, i, "/*"))
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new QasmException(line, "a /* comment is never closed.");
                line += source.AsSpan(i, end - i).Count('\n');
                i = end + 2;
                continue;
            }
            if (ch == '"' || ch == '\'')
            {
                var end = source.IndexOf(ch, i + 1);
                if (end < 0) throw new QasmException(line, "a string is never closed.");
                tokens.Add(new QasmToken(source.Substring(i + 1, end - i - 1), line, IsString: true));
                i = end + 1;
                continue;
            }
            if (char.IsDigit(ch) || (ch == '.' && i + 1 < source.Length && char.IsDigit(source[i + 1])))
            {
                var start = i;
                while (i < source.Length && (char.IsDigit(source[i]) || source[i] == '.' || source[i] == '_')) i++;
                if (i < source.Length && (source[i] == 'e' || source[i] == 'E'))
                {
                    i++;
                    if (i < source.Length && (source[i] == '+' || source[i] == '-')) i++;
                    while (i < source.Length && char.IsDigit(source[i])) i++;
                }
                tokens.Add(new QasmToken(source[start..i].Replace("_", ""), line, IsNumber: true));
                continue;
            }
            if (IsWordPart(ch) && !char.IsDigit(ch))
            {
                var word = new StringBuilder();
                while (i < source.Length && IsWordPart(source[i])) word.Append(source[i++]);
                tokens.Add(new QasmToken(word.ToString(), line));
                continue;
            }
            var symbol = Symbols.FirstOrDefault(s => Starts(source, i, s));
            if (symbol is null) throw new QasmException(line, $"unexpected character '{ch}'.");
            tokens.Add(new QasmToken(symbol, line));
            i += symbol.Length;
        }
        return tokens;
    }

    static bool IsWordPart(char ch) => char.IsLetterOrDigit(ch) || ch == '_' || ch == 'π';

    static bool Starts(string source, int at, string text) => string.CompareOrdinal(source, at, text, 0, text.Length) == 0;
}

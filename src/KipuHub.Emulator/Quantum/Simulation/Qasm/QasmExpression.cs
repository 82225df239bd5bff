using System.Globalization;

namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>The value of a gate's angle: numbers, pi (π), tau, euler, + - * / ** and sin, cos, tan, exp, ln, sqrt.</summary>
public sealed class QasmExpression(IReadOnlyList<QasmToken> tokens)
{
    int at;

    public static double Evaluate(IReadOnlyList<QasmToken> tokens)
    {
        if (tokens.Count == 0) throw new QasmException(0, "an angle is empty.");
        var expression = new QasmExpression(tokens);
        var value = expression.Sum();
        if (expression.at < tokens.Count) throw Unexpected(tokens[expression.at]);
        return value;
    }

    double Sum()
    {
        var value = Product();
        while (Next("+") || Next("-"))
        {
            var plus = tokens[at - 1].Text == "+";
            value = plus ? value + Product() : value - Product();
        }
        return value;
    }

    double Product()
    {
        var value = Power();
        while (Next("*") || Next("/"))
        {
            var times = tokens[at - 1].Text == "*";
            value = times ? value * Power() : value / Power();
        }
        return value;
    }

    double Power()
    {
        var value = Unary();
        return Next("**") ? Math.Pow(value, Power()) : value;
    }

    double Unary() => Next("-") ? -Unary() : Next("+") ? Unary() : Atom();

    double Atom()
    {
        if (at >= tokens.Count) throw new QasmException(tokens[^1].Line, "an angle ends too early.");
        var token = tokens[at++];
        if (token.IsNumber && double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        if (token.Text == "(")
        {
            var inner = Sum();
            Expect(")");
            return inner;
        }
        switch (token.Text)
        {
            case "pi" or "π": return Math.PI;
            case "tau" or "τ": return 2 * Math.PI;
            case "euler": return Math.E;
        }
        Func<double, double>? function = token.Text switch
        {
            "sin" => Math.Sin,
            "cos" => Math.Cos,
            "tan" => Math.Tan,
            "exp" => Math.Exp,
            "ln" => Math.Log,
            "sqrt" => Math.Sqrt,
            "arcsin" => Math.Asin,
            "arccos" => Math.Acos,
            "arctan" => Math.Atan,
            _ => null,
        };
        if (function is null) throw Unexpected(token);
        Expect("(");
        var argument = Sum();
        Expect(")");
        return function(argument);
    }

    bool Next(string symbol)
    {
        if (at >= tokens.Count || tokens[at].Text != symbol || tokens[at].IsString) return false;
        at++;
        return true;
    }

    void Expect(string symbol)
    {
        if (!Next(symbol)) throw at < tokens.Count ? Unexpected(tokens[at]) : new QasmException(tokens[^1].Line, $"'{symbol}' expected.");
    }

    static QasmException Unexpected(QasmToken token) => new(token.Line, $"unexpected '{token}' in an angle.");
}

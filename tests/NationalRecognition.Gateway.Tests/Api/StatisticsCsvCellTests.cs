using NationalRecognition.Gateway.Export;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>A CSV cell never runs as a spreadsheet formula, and figures stay figures.</summary>
public sealed class StatisticsCsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-1+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_cell_that_starts_like_a_formula_is_written_as_text(string cell) =>
        Assert.Equal("'" + cell, StatisticsCsv.Neutralised(cell));

    [Theory]
    [InlineData("-5")]
    [InlineData("-0.25")]
    [InlineData("+3")]
    [InlineData("-1E-3")]
    public void A_signed_number_is_left_alone(string cell) =>
        Assert.Equal(cell, StatisticsCsv.Neutralised(cell));

    [Theory]
    [InlineData("")]
    [InlineData("050540000012")]
    [InlineData("2026-09")]
    public void An_ordinary_cell_is_left_alone(string cell) =>
        Assert.Equal(cell, StatisticsCsv.Neutralised(cell));
}

using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Importers;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Importers;

public sealed class TrainingCatalogueCsvTests
{
    private static readonly DatasetInfo Info = new("catalogue-test", "Test catalogue", "test");

    private static CatalogueReadResult Read(string csv) => TrainingCatalogueCsv.Read(new StringReader(csv), Info);

    [Fact]
    public void Read_WhenTheSampleCatalogueIsRead_ThenEachRowIsAProgrammeAndEachProviderAppearsOnce()
    {
        var result = TrainingCatalogueCsv.Read(new StreamReader(Path.Combine(AppContext.BaseDirectory, "TestData", "catalogue-sample.csv")), Info);

        Assert.Empty(result.Problems);
        var dataset = result.Dataset!;
        Assert.Equal([new Provider("prov-nagoya-sec", "Nagoya Security School", "JP"), new Provider("prov-lyon-cyber", "Lyon Cyber Institute", "FR")], dataset.Providers);
        var pentest = Assert.Single(dataset.TrainingProgrammes, p => p.Id == "lci-pentest");
        Assert.Equal("Penetration testing, \"hands-on\" lab", pentest.Title);
        Assert.Equal(["FR", "EU"], pentest.Regions);
        Assert.Equal((30, 80, "classroom", "fr"), (pentest.SeatsPerYear, pentest.Hours, pentest.Delivery, pentest.Language));
        Assert.Equal(new CompetenceLevel("ECF:B.4", 2), pentest.Develops[2]);
        Assert.Equal(["JIS Q 27001:2023"], Assert.Single(dataset.TrainingProgrammes, p => p.Id == "nss-isms-jis").AlignedWith);
        Assert.Equal([2, 3, 4], result.ProgrammeRows);
    }

    [Fact]
    public void Read_WhenCellsAreWrong_ThenEveryProblemHasItsRowAndColumn()
    {
        var result = Read("""
            provider_id,provider_name,programme_id,title,regions,seats_per_year,hours,develops
            p1,Provider one,x1,First,JP,ten,5,ECF:E.8@3
            p1,Provider 1,x2,Second,,10,-5,ECF:E.8 level 3
            """);

        Assert.Equal(
            [
                "row 2, column seats_per_year: 'ten' is not a whole number of 0 or more",
                "row 3, column develops: 'ECF:E.8 level 3' is not competence@level (for example ECF:E.8@3)",
                "row 3, column hours: '-5' is not a whole number of 0 or more",
                "row 3, column regions: is required",
                "row 3, column provider_name: differs from row 2 for provider 'p1'",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_WhenTheHeaderLacksAColumnOrHasAnUnknownOne_ThenEachIsNamedOnRowOne()
    {
        var result = Read("provider_id,provider_name,programme_id,title,regions,seats,hours,develops\n");

        Assert.Null(result.Dataset);
        Assert.Equal(["row 1, column seats: unknown column", "row 1, column seats_per_year: required column is missing"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_WhenAQuoteIsStrayOrUnterminated_ThenTheRowIsNamed()
    {
        var stray = Read("provider_id,provider_name,programme_id,title,regions,seats_per_year,hours,develops\np1,P,x1,T \"quoted\" bad,JP,1,1,ECF:E.8@3\n");
        var unterminated = Read("provider_id,provider_name,programme_id,title,regions,seats_per_year,hours,develops\np1,P,x1,\"T,JP,1,1,ECF:E.8@3\n");

        Assert.Contains(new CatalogueProblem(2, null, "a quote inside an unquoted cell, or an unterminated quoted cell"), stray.Problems);
        Assert.Contains(new CatalogueProblem(2, null, "a quote inside an unquoted cell, or an unterminated quoted cell"), unterminated.Problems);
    }

    [Fact]
    public void Locate_WhenTheValidatorNamesAProgrammeField_ThenItPointsAtItsRowAndColumn()
    {
        var result = Read("provider_id,provider_name,programme_id,title,regions,seats_per_year,hours,develops\np1,P,x1,T,JP,1,1,ECF:E.8@3\np1,P,x2,T,XX,1,1,ECF:E.8@3\n");

        var located = TrainingCatalogueCsv.Locate(new DatasetProblem("$.trainingProgrammes[1].regions[0]", "unknown region 'XX'"), result);

        Assert.Equal(new CatalogueProblem(3, "regions", "unknown region 'XX'"), located);
    }
}

using FsCheck;
using FsCheck.Fluent;
using Nexus.Scenarios.Commerce;
using Nexus.Worlds.Commerce;

namespace Nexus.Tests.Commerce;

/// <summary>Property tests of the joint validators over generated traces (FsCheck, replayed from a fixed
/// seed so every run checks the same cases): junk entries interleaved with a real run's never crash a
/// validator, and duplicating any entries of a real run any number of times never changes a verdict.
/// The real runs are a passing one and one per swap, so both verdicts are exercised.</summary>
public sealed class CommerceValidatorPropertyTests
{
    private const int Cases = 300;

    private static readonly CommerceRunResult[] Runs =
    [
        CommerceRun.OnVirtualTime(new CommerceOptions(2, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, CommerceLinks.Network)),
        CommerceRun.OnVirtualTime(new CommerceOptions(2, PrivacyLayer.Noop, TrustModel.AgentReceipts, CommerceLinks.Network)),
        CommerceRun.OnVirtualTime(new CommerceOptions(2, PrivacyLayer.HybridX25519, TrustModel.ScoreAverage, CommerceLinks.Network)),
    ];

    private static readonly string[] Kinds =
    [
        CommerceEvents.Discovered, CommerceEvents.BidSent, CommerceEvents.BidReceived, CommerceEvents.StreamOpened, CommerceEvents.StreamClosed,
        CommerceEvents.StreamDrained, CommerceEvents.Fulfilled, CommerceEvents.ReceiptFiled, CommerceEvents.NonDelivery, CommerceEvents.Score, "junk", "",
    ];

    private static readonly string[] Texts = ["", "buyer-0", "seller-1", CommerceWorld.Shill, "buyer-4/bid", "NaN", "-Infinity", "1e309", "0.5", "not base64 !", "QUJD", "=", "\u0000"];

    private static readonly Config Replayed = PropertyReplay.Of(Cases, 20261205, 1442695040888963407);

    [Test]
    public void The_runs_the_properties_start_from_have_both_verdicts()
    {
        Assert.That(Runs.Select(run => string.Concat(run.Validators.Select(result => result.Passed ? "p" : "F"))), Is.EqualTo(new[] { "pppp", "pFpp", "ppFp" }));
    }

    [Test]
    public void Junk_entries_interleaved_with_a_real_trace_never_crash_a_validator()
    {
        Check.One(Replayed, JunkCrashesNothing(CommerceValidators.Run));
    }

    /// <summary>The control: a check that decodes wire bytes without guarding them is caught by the same property.</summary>
    [Test]
    public void A_check_that_trusts_its_input_fails_the_junk_property()
    {
        static IReadOnlyList<ValidatorResult> Trusting(IReadOnlyList<CommerceEvent> trace, IReadOnlyDictionary<string, string> declared)
        {
            int bytes = trace.Where(entry => entry.Kind == CommerceEvents.BidSent).Sum(entry => Convert.FromBase64String(entry.Data).Length);
            return [new ValidatorResult("bytes", bytes > 0, false, $"{bytes} bytes")];
        }

        Assert.That(() => Check.One(Replayed, JunkCrashesNothing(Trusting)), Throws.Exception.With.Message.Contains("Falsifiable"));
    }

    private static Property JunkCrashesNothing(Func<IReadOnlyList<CommerceEvent>, IReadOnlyDictionary<string, string>, IReadOnlyList<ValidatorResult>> validate)
    {
        Gen<CommerceEvent> junk = Gen.Elements(Kinds).SelectMany(kind => Gen.Elements(Texts).Two().SelectMany(texts => Gen.Elements(Texts).Two().Select(more =>
            new CommerceEvent(0, kind, texts.Item1, texts.Item2, more.Item1, more.Item2))));
        Gen<(int Run, (int At, CommerceEvent Entry)[] Inserted)> cases = Gen.Choose(0, Runs.Length - 1).SelectMany(run =>
            Gen.Zip(Gen.Choose(0, Runs[run].Events.Count), junk).ArrayOf().Select(inserted => (run, inserted)));

        return Prop.ForAll(cases.ToArbitrary(), test =>
        {
            List<CommerceEvent> trace = [.. Runs[test.Run].Events];
            foreach ((int at, CommerceEvent entry) in test.Inserted)
            {
                trace.Insert(Math.Min(at, trace.Count), entry);
            }
            IReadOnlyList<ValidatorResult> results = validate(trace, Runs[test.Run].Declared);
            return results.Count > 0 && results.All(result => result.Detail.Length > 0);
        });
    }

    [Test]
    public void Duplicating_any_entries_any_number_of_times_never_changes_a_verdict()
    {
        Check.One(Replayed, DuplicationChangesNothing(CommerceValidators.Run));
    }

    /// <summary>The control: a check that counts bids instead of judging each (passes on exactly five) is
    /// caught by the same property, so the property can fail.</summary>
    [Test]
    public void A_check_that_counts_duplicates_fails_the_duplication_property()
    {
        static IReadOnlyList<ValidatorResult> Counting(IReadOnlyList<CommerceEvent> trace, IReadOnlyDictionary<string, string> declared)
        {
            bool five = trace.Count(entry => entry.Kind == CommerceEvents.BidSent) == 5;
            return [new ValidatorResult("five-bids", five, false, five ? "five bids" : "not five bids")];
        }

        Assert.That(() => Check.One(Replayed, DuplicationChangesNothing(Counting)), Throws.Exception.With.Message.Contains("Falsifiable"));
    }

    private static Property DuplicationChangesNothing(Func<IReadOnlyList<CommerceEvent>, IReadOnlyDictionary<string, string>, IReadOnlyList<ValidatorResult>> validate)
    {
        Gen<(int Run, (int At, int Times)[] Copies)> cases = Gen.Choose(0, Runs.Length - 1).SelectMany(run =>
            Gen.Zip(Gen.Choose(0, Runs[run].Events.Count - 1), Gen.Choose(1, 5)).ArrayOf().Select(copies => (run, copies)));
        return Prop.ForAll(cases.ToArbitrary(), test =>
        {
            CommerceRunResult run = Runs[test.Run];
            int[] times = new int[run.Events.Count];
            foreach ((int at, int copies) in test.Copies)
            {
                times[at] += copies;
            }
            List<CommerceEvent> trace = [.. run.Events.SelectMany((entry, index) => Enumerable.Repeat(entry, 1 + times[index]))];
            return Verdicts(validate(trace, run.Declared)).SequenceEqual(Verdicts(validate([.. run.Events], run.Declared)));
        });
    }

    private static IEnumerable<(bool, bool)> Verdicts(IReadOnlyList<ValidatorResult> results) => results.Select(result => (result.Passed, result.Vacuous));
}

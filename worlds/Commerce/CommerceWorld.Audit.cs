using System.Globalization;
using Nexus.Engine.Messaging;

namespace Nexus.Worlds.Commerce;

/// <summary>The auditor: ingestion of filed receipts, the end of trading, and the scores.</summary>
public sealed partial class CommerceWorld
{
    /// <summary>The auditor gathers the registry, then at scoring time (or once trading is over, if it is not
    /// by then) checks every receipt and report it took against the cards in its own view, records those
    /// that verify, and scores.</summary>
    private async Task AuditAsync(Agent auditor)
    {
        await GossipAsync(auditor);
        await _runtime.DelayUntil(_options.ScoreAt);
        CheckTradingOver();
        await _tradingOver.Task;
        var counted = new List<Receipt>();
        foreach (Receipt receipt in _receipts)
        {
            if (!_options.SignatureChecks
                || (auditor.View.Find(receipt.Buyer) is AgentCard buyer && auditor.View.Find(receipt.Seller) is AgentCard seller && receipt.Verifies(buyer, seller)))
            {
                counted.Add(receipt);
                Record(CommerceEvents.ReceiptFiled, auditor.Name, receipt.Seller, receipt.Id, receipt.Buyer);
            }
        }
        var against = new List<string>();
        foreach (NonDeliveryReport report in _reports)
        {
            if (!_options.SignatureChecks
                || (auditor.View.Find(report.Buyer) is AgentCard reporter && CommerceKeys.Verify(reporter, NonDeliveryBody(report.Ref, report.Buyer, report.Seller), report.Signature)))
            {
                against.Add(report.Seller);
                Record(CommerceEvents.NonDelivery, auditor.Name, report.Seller, report.Ref, report.Buyer);
            }
        }
        foreach ((string seller, double score) in TrustScores.Compute(_options.Trust, counted, against, Anchor))
        {
            Record(CommerceEvents.Score, auditor.Name, seller, "", score.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Trading is over once every buyer has bid and its stream has closed or drained, no message is
    /// on its way or being ingested, and the auditor's view holds every card it checks signatures against.</summary>
    private void CheckTradingOver()
    {
        if (_bidsToCome == 0 && _buying == 0 && _inFlight == 0 && !NeedsRegistry(_agents[Auditor]))
        {
            _tradingOver.TrySetResult();
        }
    }

    /// <summary>The auditor takes a filed receipt into its ledger, once per receipt id however many filings arrive.</summary>
    private async Task IngestAsync(Agent auditor, FiledReceipt filed)
    {
        if (await _ledger.TryTakeAsync(filed.Receipt.Id))
        {
            _receipts.Add(filed.Receipt);
            Record(CommerceEvents.ReceiptTaken, auditor.Name, filed.Receipt.Seller, filed.Receipt.Id, filed.By);
        }
        _inFlight--;
        CheckTradingOver();
    }

    /// <summary>Sends <paramref name="payload"/> reliably, counted in flight until its receiver has handled it.</summary>
    private void SendReliably(NodeId from, NodeId to, object payload)
    {
        _inFlight++;
        _network.Send(from, to, DeliveryMode.ReliableUnordered, payload);
    }
}

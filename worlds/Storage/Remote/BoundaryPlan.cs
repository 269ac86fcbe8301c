namespace Nexus.Worlds.Storage.Remote;

/// <summary>A request as decided when it is sent. <see cref="StoreStatus.Ok"/>: it reaches the server
/// at <see cref="ApplyAt"/>, and its answer takes <see cref="AnswerLeg"/> more unless that passes the
/// <see cref="Deadline"/>. Any other status: it fails with that status at <see cref="ApplyAt"/>, never applied.</summary>
internal readonly record struct BoundaryPlan(StoreStatus Status, long ApplyAt, long Deadline, long AnswerLeg)
{
    public static BoundaryPlan Failed(StoreStatus status, long at) => new(status, at, at, 0);
}

namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// What "at once" means in a test that must hold on a busy machine: the work ends long before the slow path it avoids
/// (a poll interval, a server delay or a stall of ten minutes) could have ended it. No bound near the time the work
/// takes: a minute only detects a wait that never ends by itself.
/// </summary>
public static class Promptly
{
    /// <summary>A delay no test waits out: the slow path a wrong implementation would take.</summary>
    public static readonly TimeSpan Never = TimeSpan.FromMinutes(10);

    static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    /// <summary>The task, once it has ended (its exception, if any, for the caller's assertion); fails the test if it is still
    /// running after a minute.</summary>
    public static async Task<Task> Ends(Task task)
    {
        Assert.Same(task, await Task.WhenAny(task, Task.Delay(Patience)));
        return task;
    }
}

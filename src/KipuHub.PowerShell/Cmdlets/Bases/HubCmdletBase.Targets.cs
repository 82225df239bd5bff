using System.Management.Automation;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets;

// Targets: what a cmdlet addresses, run one by one, each failure an ErrorRecord that names it.
public abstract partial class HubCmdletBase
{
    // How many targets this call addresses (ForEachId counts them); a failure on the only target of a direct call is terminating.
    int targets = 1;

    /// <summary>
    /// Runs work for one target and writes what it returns; a failure becomes an ErrorRecord naming the target,
    /// terminating for auth failures and for the only target of a direct call, non-terminating in a pipeline.
    /// </summary>
    /// <param name="refersTo">For a create: the nouns of what it names (Backend, Session), which a 404 is about.</param>
    protected void ForTarget(string? target, Func<CancellationToken, Task<object?>> work, bool creates = false, bool inSession = false,
        IReadOnlyList<string>? refersTo = null)
    {
        object? result;
        try
        {
            result = Run(work);
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            EndTransfer();
            Fail(e, new ErrorContext(ErrorNoun, creates, inSession, refersTo), target);
            return;
        }
        EndTransfer();
        if (result is not null) WriteObject(result is FileSystemInfo file ? AsProviderItem(file) : result, enumerateCollection: true);
    }

    /// <summary>A file a cmdlet saved, as Get-Item writes it: with PSPath, PSParentPath and PSChildName, which the file
    /// view groups by ("Directory:") and the pipeline binds by (Remove-Item, Copy-Item).</summary>
    object AsProviderItem(FileSystemInfo file)
    {
        var items = InvokeProvider.Item.Get(new[] { file.FullName }, force: true, literalPath: true);
        return items.Count == 1 ? items[0] : file;
    }

    /// <summary>
    /// Each id (or name, path, address) is its own target: confirmed (ShouldProcess) and run alone, a failure naming it
    /// and the others going on. They are counted: a failure stops the script only when its id is the only one of a
    /// direct call.
    /// </summary>
    protected void ForEachId(IReadOnlyCollection<string> ids, Func<string, bool> confirm,
        Func<string, CancellationToken, Task<object?>> work, bool creates = false, IReadOnlyList<string>? refersTo = null)
    {
        targets = ids.Count;
        foreach (var id in ids)
        {
            if (!confirm(id)) continue;
            ForTarget(id, token => work(id, token), creates, refersTo: refersTo);
        }
    }

    /// <summary>Says how many targets a call addresses where it runs them itself (ForEachId counts its own).</summary>
    protected void ExpectTargets(int count) => targets = count;

    /// <summary>ForEachId for reads: nothing to confirm.</summary>
    protected void ForEachId(IReadOnlyCollection<string> ids, Func<string, CancellationToken, Task<object?>> work) =>
        ForEachId(ids, _ => true, work);

    protected void Fail(Exception error, ErrorContext context, string? target, object? targetObject = null)
    {
        var record = RecordOf(error, context, target, targetObject);
        if (ErrorClassifier.Classify(error, context, target).AlwaysTerminating || (!MyInvocation.ExpectingInput && targets <= 1))
            ThrowTerminatingError(record);
        WriteError(record);
    }

    /// <summary>The ErrorRecord of a client exception: its specific ErrorId, category and a message that says what to do.</summary>
    protected static ErrorRecord RecordOf(Exception error, ErrorContext context, string? target, object? targetObject = null)
    {
        var classified = ErrorClassifier.Classify(error, context, target);
        // $_.Exception.Message, which scripts log, says what the console says; the type stays, for typed catches.
        if (error is Client.Core.Errors.HubException hub) hub.Tell(classified.Message);
        return new ErrorRecord(error, classified.ErrorId, (ErrorCategory)Enum.Parse(typeof(ErrorCategory), classified.Kind.ToString()),
            targetObject ?? target)
        {
            ErrorDetails = new ErrorDetails(classified.Message),
        };
    }

    /// <summary>ShouldProcess, except that -Force skips the confirmation prompt (never -WhatIf).</summary>
    protected bool ShouldProcess(string target, string action, bool force) =>
        (force && !MyInvocation.BoundParameters.ContainsKey("WhatIf")) || ShouldProcess(target, action);

    /// <summary>PowerShell's ShouldProcess, where a prompt that cannot be shown says what to add.</summary>
    protected new bool ShouldProcess(string target) => Confirming(() => base.ShouldProcess(target));

    /// <summary>PowerShell's ShouldProcess, where a prompt that cannot be shown says what to add.</summary>
    protected new bool ShouldProcess(string target, string action) => Confirming(() => base.ShouldProcess(target, action));

    // Under -NonInteractive (a runbook, a scheduled task) a High-impact change asks a question nobody can answer, and
    // PowerShell's own error does not say what to do about it.
    bool Confirming(Func<bool> ask)
    {
        try
        {
            return ask();
        }
        catch (PSInvalidOperationException e)
        {
            var force = MyInvocation.MyCommand.Parameters.ContainsKey("Force") ? " (or -Force)" : "";
            ThrowTerminatingError(new ErrorRecord(new PSInvalidOperationException(
                $"{MyInvocation.MyCommand.Name} asks for confirmation before a change that cannot be undone, and this session cannot " +
                    $"ask ({e.Message.TrimEnd('.')}). Nothing was changed. To go ahead without a prompt, add -Confirm:$false{force}.", e),
                "ConfirmationNotPossible", ErrorCategory.InvalidOperation, null));
            return false;
        }
    }

    /// <summary>Deletes each id, confirmed first (-Force skips the prompt, never -WhatIf); writes nothing.</summary>
    /// <param name="what">How the confirmation names each one: "algorithm" → "algorithm 42".</param>
    protected void RemoveEach(IReadOnlyCollection<string> ids, string what, bool force, Func<string, CancellationToken, Task> delete) =>
        ForEachId(ids, id => ShouldProcess($"{what} {id}", "Delete", force), async (id, token) =>
        {
            await delete(id, token).ConfigureAwait(false);
            return null;
        });
}

using Microsoft.Data.Sqlite;

namespace KipuHub.Emulator.Persistence;

/// <summary>
/// Rows in one SQLite file. Write-ahead logging: a write is durable once its transaction commits, so a crash (kill -9)
/// loses at most the request in flight; synchronous=NORMAL because the emulator need not survive a power cut.
/// </summary>
public sealed class SqliteRowStore : IRowStore
{
    readonly SqliteConnection connection;
    readonly string path;
    readonly SqliteCommand upsert;
    readonly SqliteCommand delete;

    public SqliteRowStore(string path)
    {
        this.path = path;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        OwnerOnly(path);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;" +
                "CREATE TABLE IF NOT EXISTS rows (collection TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, " +
                "PRIMARY KEY (collection, key)) WITHOUT ROWID;");
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"The data file '{path}' is not an emulator database ({e.Message}); move it away to start " +
                "empty.", e);
        }
        upsert = Command("INSERT INTO rows (collection, key, json) VALUES ($collection, $key, $json) " +
            "ON CONFLICT (collection, key) DO UPDATE SET json = excluded.json");
        delete = Command("DELETE FROM rows WHERE collection = $collection AND key = $key");
    }

    // The file holds consumer secrets (the Platform API answers them back, as the Hub does): it is the user's alone, created 0600
    // before SQLite opens it (its -wal and -shm files take the same mode), and one other users may read is made so.
    static void OwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = Private,
                });
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file) && (File.GetUnixFileMode(file) & ~Private) != 0) File.SetUnixFileMode(file, Private);
    }

    public IReadOnlyList<(string Key, string Json)> Load(string collection)
    {
        lock (connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, json FROM rows WHERE collection = $collection";
            command.Parameters.AddWithValue("$collection", collection);
            using var reader = command.ExecuteReader();
            var rows = new List<(string, string)>();
            while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1)));
            return rows;
        }
    }

    public void Write(IReadOnlyCollection<RowWrite> writes)
    {
        lock (connection)
        {
            using var transaction = connection.BeginTransaction();
            upsert.Transaction = delete.Transaction = transaction;
            foreach (var write in writes)
            {
                var command = write.Json is null ? delete : upsert;
                command.Parameters["$collection"].Value = write.Collection;
                command.Parameters["$key"].Value = write.Key;
                if (write.Json is not null) command.Parameters["$json"].Value = write.Json;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    // Made once and prepared on first use: a write then costs no statement compilation.
    SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$collection", SqliteType.Text);
        command.Parameters.Add("$key", SqliteType.Text);
        if (sql.Contains("$json", StringComparison.Ordinal)) command.Parameters.Add("$json", SqliteType.Text);
        return command;
    }

    void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override string ToString() => path;

    public void Dispose()
    {
        lock (connection)
        {
            upsert.Dispose();
            delete.Dispose();
            connection.Dispose();
        }
    }
}

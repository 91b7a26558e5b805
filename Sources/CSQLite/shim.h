// The system SQLite (Debian: libsqlite3-dev), used by the persistent near-duplicate index.
#include <sqlite3.h>

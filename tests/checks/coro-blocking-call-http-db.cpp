// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags -I/usr/include/postgresql -I/usr/include/mariadb -isystem %inputs/cpr

// coro-blocking-call on blocking HTTP and database clients, with their real
// headers from Debian (cpp-httplib, libcurl, libpq, SQLite, MariaDB, zlib) and
// a small mock of cpr, in standalone asio coroutines (libasio-dev). Their
// non-blocking APIs stay quiet.

#include <asio.hpp>
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <httplib.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>
#include <string>
#include <zlib.h>

// ---- 1. cpp-httplib ----------------------------------------------------------

asio::awaitable<int> httplib_requests() {
  // Making the client only stores the address: quiet.
  httplib::Client client("http://inventory.internal:8080");
  client.set_connection_timeout(2);
  auto listing = client.Get("/items");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'httplib::Client::Get' sends an HTTP request and waits for the response (http), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: move the blocking work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  auto created = client.Post("/items", R"({"name":"lamp"})", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'httplib::Client::Post' sends an HTTP request and waits for the response (http), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  httplib::Client &same = client;
  same.Put("/items/1", "{}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'httplib::Client::Put' sends an HTTP request and waits for the response (http), blocking the event loop thread
  httplib::Client *pointer = &client;
  pointer->Delete("/items/2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'httplib::Client::Delete' sends an HTTP request and waits for the response (http), blocking the event loop thread
  co_return listing && created ? listing->status : 0;
}

// A helper of the project that makes the request: reported where the
// coroutine calls it, with the chain.
std::string fetch_price(const std::string &sku) {
  httplib::Client prices("http://prices.internal");
  auto response = prices.Get("/price/" + sku);
  return response ? response->body : std::string();
}

std::string quote(const std::string &sku) { return "EUR " + fetch_price(sku); }

asio::awaitable<std::string> httplib_through_helpers() {
  std::string price = fetch_price("A-100");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'fetch_price' blocks the event loop thread through 'httplib::Client::Get', which sends an HTTP request and waits for the response (http): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-9]]:19: note: 'fetch_price' calls 'httplib::Client::Get' here
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: move the blocking work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  std::string text = quote("B-200");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'quote' blocks the event loop thread through 'httplib::Client::Get', which sends an HTTP request and waits for the response (http): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-9]]:61: note: 'quote' calls 'fetch_price'
  // CHECK-MESSAGES: :[[@LINE-14]]:19: note: 'fetch_price' calls 'httplib::Client::Get' here
  co_return price + text;
}

asio::awaitable<void> httplib_server() {
  httplib::Server server;
  server.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("ok", "text/plain");
  });
  server.listen("0.0.0.0", 8081);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'httplib::Server::listen' serves HTTP requests on the calling thread until the server stops (http), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the server on a thread of its own (std::thread); or move the blocking work off the event loop
  co_return;
}

// ---- 2. libcurl --------------------------------------------------------------

asio::awaitable<void> curl_transfers(CURL *easy, CURLM *multi) {
  curl_easy_setopt(easy, CURLOPT_URL, "https://example.com/feed");
  curl_easy_perform(easy);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_perform' performs the whole transfer and waits for it (http), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: drive the transfer with the multi interface (curl_multi_socket_action) from the event loop; or move the blocking work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  // The multi interface does the work that is ready and returns: quiet.
  int running = 0;
  curl_multi_add_handle(multi, easy);
  curl_multi_perform(multi, &running);
  // Unless it is told to wait for activity.
  curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_multi_poll' waits for activity on the transfers (http), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_return;
}

// ---- 3. libpq ----------------------------------------------------------------

asio::awaitable<void> libpq_queries() {
  PGconn *db = PQconnectdb("dbname=shop");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'PQconnectdb' connects to the database and waits for it (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: connect with PQconnectStart and PQconnectPoll, polling the connection's socket from the event loop; or move the blocking work off the event loop: co_await asio::co_spawn(pool,
  PGresult *rows = PQexec(db, "SELECT id FROM orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'PQexec' runs the query and waits for its result (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: send it with PQsendQuery and read the result with PQconsumeInput and PQgetResult when the connection's socket is readable; or move the blocking work off the event loop:
  PQclear(rows);
  const char *values[] = {"42"};
  PGresult *one = PQexecParams(db, "SELECT * FROM orders WHERE id = $1", 1,
                               nullptr, values, nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:19: warning: 'PQexecParams' runs the query and waits for its result (database), blocking the event loop thread
  PQclear(one);
  // PQsetdb is a macro for PQsetdbLogin.
  PGconn *other = PQsetdb("replica", "5432", nullptr, nullptr, "shop");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'PQsetdbLogin' connects to the database and waits for it (database), blocking the event loop thread
  PQfinish(other);
  PQfinish(db);
  co_return;
}

asio::awaitable<void> libpq_async(PGconn *db) {
  // The asynchronous API: quiet.
  PQsetnonblocking(db, 1);
  PQsendQuery(db, "SELECT id FROM orders");
  PQflush(db);
  PQconsumeInput(db);
  if (!PQisBusy(db)) {
    // FIXME(corolint): once PQisBusy returned 0, PQgetResult returns at once
    // (it is the documented non-blocking way to read the result, and the
    // entry's own advice); this call should be quiet. The entry has no way to
    // say "only when not guarded by PQisBusy".
    PGresult *result = PQgetResult(db);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'PQgetResult' waits for the query's result while the connection is busy (database), blocking the event loop thread
    // CHECK-MESSAGES: :[[@LINE-2]]:24: note: call it only once PQconsumeInput has read the input and PQisBusy returns 0; or move the blocking work off the event loop:
    PQclear(result);
  }
  co_return;
}

// ---- 4. SQLite ---------------------------------------------------------------

asio::awaitable<int> sqlite_queries() {
  sqlite3 *db = nullptr;
  sqlite3_open_v2("/var/lib/shop/cache.db", &db, SQLITE_OPEN_READWRITE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sqlite3_open_v2' opens the database file synchronously (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
  sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sqlite3_exec' runs the statements on the database file synchronously (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(db, "SELECT price FROM items WHERE id = ?", -1, &statement,
                     nullptr);
  sqlite3_bind_int(statement, 1, 7);
  int total = 0;
  while (sqlite3_step(statement) == SQLITE_ROW)
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'sqlite3_step' runs the statement on the database file synchronously (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    total += sqlite3_column_int(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  co_return total;
}

// ---- 5. MariaDB / MySQL ------------------------------------------------------

asio::awaitable<void> mysql_queries(MYSQL *conn) {
  mysql_real_connect(conn, "db.internal", "shop", "secret", "shop", 3306,
                     nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'mysql_real_connect' connects to the database and waits for it (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: with MariaDB, connect with mysql_real_connect_start and mysql_real_connect_cont, waiting for the connection's socket on the event loop; or move the blocking work off the event loop:
  mysql_query(conn, "SELECT id, name FROM items");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_query' runs the query and waits for the server (database), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: with MariaDB, use mysql_query_start and mysql_query_cont, waiting for the connection's socket on the event loop; or move the blocking work off the event loop:
  MYSQL_RES *result = mysql_store_result(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'mysql_store_result' reads the whole result from the server synchronously (database), blocking the event loop thread
  // Rows already read by mysql_store_result: quiet.
  while (MYSQL_ROW row = mysql_fetch_row(result))
    (void)row;
  mysql_free_result(result);
  // MariaDB's non-blocking API: quiet.
  int error = 0;
  mysql_real_query_start(&error, conn, "SELECT 1", 8);
  co_return;
}

// ---- 6. zlib's file functions ------------------------------------------------

asio::awaitable<void> zlib_files(const char *data, unsigned size) {
  gzFile archive = gzopen("/var/log/shop/orders.log.gz", "ab");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'gzopen' opens the compressed file synchronously (file), blocking the event loop thread
  gzwrite(archive, data, size);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'gzwrite' compresses and writes to the file synchronously (file)
  char back[64];
  gzread(archive, back, sizeof back);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'gzread' reads and decompresses from the file synchronously (file)
  gzclose(archive);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'gzclose' flushes and closes the compressed file synchronously (file)
  // Compressing in memory is CPU work, not a blocking call: quiet here.
  uLongf out_size = compressBound(size);
  Bytef out[256];
  compress(out, &out_size, reinterpret_cast<const Bytef *>(data), size);
  co_return;
}

// ---- 7. cpr (mock header) ----------------------------------------------------

asio::awaitable<long> cpr_requests() {
  cpr::Response page = cpr::Get(cpr::Url{"https://example.com/catalog"});
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'cpr::Get' sends an HTTP request and waits for the response (http), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: move the blocking work off the event loop: co_await asio::co_spawn(pool,
  cpr::Post(cpr::Url{"https://example.com/orders"}, cpr::Body{"{}"});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cpr::Post' sends an HTTP request and waits for the response (http), blocking the event loop thread
  cpr::Session session;
  session.SetUrl(cpr::Url{"https://example.com/stock"});
  cpr::Response stock = session.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'cpr::Session::Get' sends an HTTP request and waits for the response (http), blocking the event loop thread
  // The *Async variants return at once: quiet.
  cpr::AsyncResponse later = cpr::GetAsync(cpr::Url{"https://example.com/a"});
  cpr::AsyncResponse again = session.GetAsync();
  co_return page.status_code + stock.status_code;
}

// ---- 8. Quiet: the same calls off the loop -----------------------------------

// A plain function, not called from a coroutine.
int sync_report(sqlite3 *db, CURL *easy) {
  sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
  curl_easy_perform(easy);
  httplib::Client client("http://reports.internal");
  return client.Get("/daily") ? 0 : 1;
}

// Handed to a thread pool, as the notes advise.
asio::awaitable<std::string> offloaded(asio::thread_pool &pool, CURL *easy) {
  std::string price = co_await asio::co_spawn(
      pool,
      []() -> asio::awaitable<std::string> { co_return fetch_price("C-300"); },
      asio::use_awaitable);
  asio::post(pool, [easy] { curl_easy_perform(easy); });
  asio::post(pool.get_executor(), [] {
    PGconn *db = PQconnectdb("dbname=shop");
    PQclear(PQexec(db, "VACUUM"));
    PQfinish(db);
  });
  co_return price;
}

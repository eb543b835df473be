// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-cpu-heavy-work and the CPU-heavy library calls of the knowledge files,
// with the real headers of zlib, zstd, OpenSSL, Argon2, libsodium and
// libxcrypt, in a coroutine (reported) and in a plain function that no
// coroutine calls (quiet). Decompression and cheap hashes are not listed.

#include <argon2.h>
#include <cppcoro/task.hpp>
#include <crypt.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <sodium.h>
#include <string>
#include <vector>
#include <zlib.h>
#include <zstd.h>

struct Blob {
  std::vector<unsigned char> bytes;
};

cppcoro::task<Blob> store(const std::string &text) {
  Blob out{std::vector<unsigned char>(ZSTD_compressBound(text.size()))};
  size_t size = ZSTD_compress(out.bytes.data(), out.bytes.size(), text.data(),
                              text.size(), 19);
  // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: 'ZSTD_compress' compresses a whole buffer in one call on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  out.bytes.resize(size);
  std::vector<unsigned char> plain(text.size());
  uLongf plain_size = plain.size();
  uncompress(plain.data(), &plain_size, out.bytes.data(), out.bytes.size());
  co_return out;
}

cppcoro::task<bool> login(const std::string &password, const std::string &hash,
                          const unsigned char *salt) {
  unsigned char key[32];
  PKCS5_PBKDF2_HMAC(password.data(), password.size(), salt, 16, 600000,
                    EVP_sha256(), sizeof key, key);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'PKCS5_PBKDF2_HMAC' derives a key with thousands of hash iterations (slow by design) on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  EVP_PBE_scrypt(password.data(), password.size(), salt, 16, 1 << 15, 8, 1,
                 0, key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'EVP_PBE_scrypt' derives a key with scrypt (slow and memory-hard by design) on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  unsigned char digest[32];
  EVP_Digest(password.data(), password.size(), digest, nullptr, EVP_sha256(),
             nullptr); // One SHA-256: cheap.
  bool argon_ok = argon2id_verify(hash.c_str(), password.data(),
                                  password.size()) == ARGON2_OK;
  // CHECK-MESSAGES: :[[@LINE-2]]:19: warning: 'argon2id_verify' verifies a password by hashing it with Argon2 (slow by design) on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  bool sodium_ok =
      crypto_pwhash_str_verify(hash.c_str(), password.data(),
                               password.size()) == 0;
      // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: 'crypto_pwhash_str_verify' verifies a password by hashing it (slow by design) on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  struct crypt_data data {};
  bool crypt_ok = hash == crypt_r(password.c_str(), hash.c_str(), &data);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'crypt_r' hashes a passphrase with a slow password hash (bcrypt, yescrypt, sha512crypt) on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  co_return argon_ok || sodium_ok || crypt_ok;
}

cppcoro::task<RSA *> new_key() {
  RSA *rsa = RSA_new();
  BIGNUM *exponent = BN_new();
  BN_set_word(exponent, RSA_F4);
  RSA_generate_key_ex(rsa, 4096, exponent, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RSA_generate_key_ex' generates an RSA key (a search for large primes) on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  BN_free(exponent);
  co_return rsa;
}

// Quiet: a plain function no coroutine calls (a worker thread's job).
std::string hash_for_storage(const std::string &password) {
  char out[crypto_pwhash_STRBYTES];
  crypto_pwhash_str(out, password.data(), password.size(),
                    crypto_pwhash_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_MEMLIMIT_INTERACTIVE);
  return out;
}

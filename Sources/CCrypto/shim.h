// OpenSSL's libcrypto, for SHA-256 only: its digest uses the CPU's SHA
// instructions where there are some (about 7× the speed of portable code).
#include <openssl/evp.h>

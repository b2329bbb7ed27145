// libxlsxwriter (Debian libxlsxwriter-dev 1.1.4), found through pkg-config "xlsxwriter".
#include <xlsxwriter.h>

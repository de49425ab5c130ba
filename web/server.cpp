#include "web/server.h"

namespace chronicle::web {
int serve(const ServeOptions&) { return 1; }  // placeholder until the server lands
}  // namespace chronicle::web

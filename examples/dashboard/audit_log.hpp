// audit_log.hpp - an append-only record of the reports the service hands out.
#pragma once

#include <string_view>

namespace dashboard {

// Appends one line to the audit log on disk.
void append_audit_line(std::string_view line);

}  // namespace dashboard

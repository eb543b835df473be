// audit_log.cpp - an append-only record of the reports the service hands out.
#include "audit_log.hpp"

#include <fstream>

namespace dashboard {

void append_audit_line(std::string_view line) {
  std::ofstream log("dashboard-audit.log", std::ios::app);
  log << line << '\n';
}

}  // namespace dashboard

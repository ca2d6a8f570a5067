//go:build unix

package da

import (
	"syscall"
	"time"
)

// cpuNow returns the CPU time this process has used (user + system), which other
// processes' load on the machine does not inflate as it does wall time.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

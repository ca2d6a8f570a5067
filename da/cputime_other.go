//go:build !unix

package da

import "time"

// cpuNow falls back to the wall clock where process CPU time is not available.
func cpuNow() time.Duration { return time.Duration(time.Now().UnixNano()) }

package bridge

import "time"

var timeZero time.Time

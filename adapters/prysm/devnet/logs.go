package devnet

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// Log collects a process's output lines and lets callers wait for a line.
type Log struct {
	name string
	file *os.File

	mu     sync.Mutex
	lines  []string
	wake   chan struct{}
	closed bool
}

func newLog(name string, file *os.File) *Log {
	return &Log{name: name, file: file, wake: make(chan struct{})}
}

// consume reads r line by line until EOF.
func (l *Log) consume(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		line := sc.Text()
		if l.file != nil {
			_, _ = fmt.Fprintln(l.file, line)
		}
		l.mu.Lock()
		l.lines = append(l.lines, line)
		close(l.wake)
		l.wake = make(chan struct{})
		l.mu.Unlock()
	}
	// A line beyond the scanner's limit ends the scan: keep draining so the
	// process never blocks on a full pipe.
	_, _ = io.Copy(io.Discard, r)
}

func (l *Log) finish() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.closed {
		l.closed = true
		close(l.wake)
	}
}

// Lines returns the lines seen so far that contain every one of subs.
func (l *Log) Lines(subs ...string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, ln := range l.lines {
		if containsAll(ln, subs) {
			out = append(out, ln)
		}
	}
	return out
}

func containsAll(s string, subs []string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

// Wait blocks until a line from index from on satisfies match, and returns it
// with the index after it. It fails when ctx ends or the process exits.
func (l *Log) Wait(ctx context.Context, from int, match func(string) bool) (string, int, error) {
	for {
		l.mu.Lock()
		for i := from; i < len(l.lines); i++ {
			if match(l.lines[i]) {
				ln := l.lines[i]
				l.mu.Unlock()
				return ln, i + 1, nil
			}
		}
		from = len(l.lines)
		wake, closed := l.wake, l.closed
		l.mu.Unlock()
		if closed {
			return "", from, fmt.Errorf("devnet: %s exited before the expected log line", l.name)
		}
		select {
		case <-ctx.Done():
			return "", from, fmt.Errorf("devnet: waiting for a log line of %s: %w", l.name, ctx.Err())
		case <-wake:
		}
	}
}

// Len is the number of lines seen.
func (l *Log) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.lines)
}

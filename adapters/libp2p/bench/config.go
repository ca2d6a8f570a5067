package bench

import (
	"errors"
	"fmt"
	"time"

	"github.com/weftnet/weft/adapters/libp2p/internal/harness"
	"github.com/weftnet/weft/core"
	"github.com/weftnet/weft/core/costmodel"
)

// Protocol names, as they appear in Result.Strategy.
const (
	Gossipsub = harness.Gossipsub
	Weft      = harness.Weft
)

// Config describes one head-to-head run: the network (nodes, links, latency,
// connection graph), the messages and the processing costs. The root command
// builds it from a scenario file (see the package doc); every field is plain data.
type Config struct {
	// Name is the scenario name written in the report.
	Name string
	// Nodes is the number of libp2p hosts.
	Nodes int
	// UpMbps and DownMbps are each node's link capacities in megabits per second
	// (len Nodes; publishers' overrides already applied).
	UpMbps, DownMbps []float64
	// Latency returns the one-way latency from node i to node j (symmetric).
	Latency func(i, j int) time.Duration
	// Peers are the connection graph as adjacency lists (len Nodes, symmetric).
	Peers [][]int
	// Sizes are the message sizes in bytes; each is published once from every
	// publisher, one message at a time.
	Sizes []int
	// Publishers are the publishing nodes' indexes.
	Publishers []int
	// Protocols to run (nil: Gossipsub and Weft), on the same hosts and links.
	Protocols []string
	// Strategy is weft's strategy (zero: rlnc).
	Strategy core.StrategyID
	// WeftPacing paces each weft node's writes to this fraction of its uplink
	// (weft.Config.UploadBytesPerSec; default 0.95, negative: unpaced).
	WeftPacing float64
	// UplinkWindow is the paced weft nodes' core.Config.UplinkWindow (0: none).
	UplinkWindow int
	// Costs charged for processing in virtual time (nil: costmodel.Fixed()).
	Costs *costmodel.Model
	// Limit is how long, in virtual time, a message may take before the run moves
	// on and counts the missing nodes as undelivered (default 60s).
	Limit time.Duration
	// Settle is the virtual time between a message's last delivery and the next
	// publish, so late traffic is counted with its message (default 2s).
	Settle time.Duration
	// Warmup is the virtual time between connecting and the first publish, for
	// gossipsub's mesh to form (default 5s).
	Warmup time.Duration
	// Progress, when set, is called after each message with runs done and total.
	Progress func(done, total int)
	// Logf, when set, receives one line per message.
	Logf func(format string, args ...any)
}

// ErrConfig is wrapped by every Config validation error.
var ErrConfig = errors.New("bench: invalid config")

func cfgErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
}

// Validate checks the Config.
func (c *Config) Validate() error {
	switch {
	case c.Nodes > 60000:
		return cfgErr("Nodes %d above 60000", c.Nodes)
	case len(c.Sizes) == 0:
		return cfgErr("no Sizes")
	case len(c.Publishers) == 0:
		return cfgErr("no Publishers")
	case c.Limit < 0 || c.Settle < 0 || c.Warmup < 0:
		return cfgErr("negative duration")
	}
	d := c.withDefaults()
	if err := d.harness().Validate(); err != nil {
		return cfgErr("%v", err)
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.Protocols == nil {
		c.Protocols = []string{Gossipsub, Weft}
	}
	if c.Costs == nil {
		f := costmodel.Fixed()
		c.Costs = &f
	}
	if c.Limit == 0 {
		c.Limit = 60 * time.Second
	}
	if c.Settle == 0 {
		c.Settle = 2 * time.Second
	}
	if c.Warmup == 0 {
		c.Warmup = 5 * time.Second
	}
	if c.WeftPacing == 0 {
		c.WeftPacing = 0.95
	}
	if c.Strategy == 0 {
		c.Strategy = core.StrategyRLNC
	}
	return c
}

// harness converts a defaulted Config into the shared harness's: each size is
// published from each publisher, every message with gossipsub and then with weft,
// processing charged in virtual time.
func (c *Config) harness() *harness.Config {
	costs := c.Costs
	h := &harness.Config{
		Name: c.Name, Costs: costs.String(), Nodes: c.Nodes, UpMbps: c.UpMbps, DownMbps: c.DownMbps,
		Latency: c.Latency, Peers: c.Peers, Protocols: c.Protocols, Strategy: c.Strategy, WeftPacing: c.WeftPacing, UplinkWindow: c.UplinkWindow,
		ChargeEngine:   func(work core.Costs) time.Duration { return costs.Duration(work, 1) },
		ChargeValidate: func(n int) time.Duration { return costs.Op(core.OpVerifySig, 0) + costs.Op(core.OpHash, n) },
		ChargePublish:  func(n int) time.Duration { return costs.Op(core.OpSign, 0) + costs.Op(core.OpHash, n) },
		Limit:          c.Limit, Settle: c.Settle, Warmup: c.Warmup, Progress: c.Progress, Logf: c.Logf,
	}
	for _, size := range c.Sizes {
		for _, p := range c.Publishers {
			h.Messages = append(h.Messages, harness.Message{Size: size, Publisher: p})
		}
	}
	return h
}

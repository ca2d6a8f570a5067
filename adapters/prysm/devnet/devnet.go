package devnet

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Config describes a devnet of full proof-of-stake stacks on loopback: geth,
// a beacon node (weft-beacon-chain, with or without --weft) and a validator
// client each, from one genesis made by prysmctl. With Sidecar, each stack
// runs Prysm's stock beacon-chain instead, with a weft-sidecar in front of its
// Beacon API and the validator client in REST mode talking to the sidecar.
type Config struct {
	// Dir holds every node's data and logs (required).
	Dir string
	// Bins are the executables (required).
	Bins Bins
	// Nodes is the number of stacks (default 2).
	Nodes int
	// Validators is the number of interop validators, split evenly so every
	// node proposes (default 64).
	Validators int
	// SecondsPerSlot (default 2; Prysm panics at 1).
	SecondsPerSlot int
	// SlotsPerEpoch (default 8: finality within about a minute).
	SlotsPerEpoch int
	// GenesisDelay is the time from genesis generation to genesis (default 30s).
	GenesisDelay time.Duration
	// Weft runs the beacon nodes with --weft.
	Weft bool
	// Sidecar runs stock beacon nodes (Bins.BeaconChain), a weft-sidecar
	// (Bins.Sidecar) in front of each node's Beacon API, weft links between
	// the sidecars, and the validator clients in REST mode against their
	// sidecar (--enable-beacon-rest-api; their gRPC endpoint is a closed port,
	// so nothing goes around the sidecar). Not with Weft.
	Sidecar bool
	// SidecarArgs are extra flags for every weft-sidecar.
	SidecarArgs []string
	// PlainNodes, with Sidecar, runs the last PlainNodes nodes' sidecars with
	// --pass-through: nodes without weft in a weft network, which get blocks
	// by gossip only (what weft's head start costs them shows there).
	PlainNodes int
	// REST runs stock beacon nodes (Bins.BeaconChain) and the validator
	// clients in REST mode against them directly: Sidecar's setup without the
	// sidecars, its gossip-only baseline. Not with Weft or Sidecar.
	REST bool
	// Front, with Weft, serves each validator client's Beacon API through
	// weft-beacon-chain's in-process front (--weft-api-listen on the
	// SidecarHTTP port): the validator clients run in REST mode against it
	// (their gRPC endpoint a closed port), and a block they publish goes out
	// through weft before it reaches the node's own handler.
	Front bool
	// Ring connects node i only to nodes i-1 and i+1 (mod Nodes), for beacon
	// and weft links alike, so blocks cross several hops; false: a full mesh.
	Ring bool
	// WeftArgs are extra flags for every beacon node when Weft is set.
	WeftArgs []string
	// Link, when set, returns the host:port node from should dial to reach
	// target, a port of node to (a shaper's proxy in front of it; both the
	// beacon p2p and the weft links go through it); nil: target itself.
	Link func(from, to int, target string) (string, error)
	// FundedKey is a secp256k1 private key (hex, no 0x) funded in the execution
	// genesis for a transaction load (optional), with FundedAddress its address.
	FundedAddress string
	// GasLimit of execution blocks (default 30M from prysmctl's genesis).
	GasLimit uint64
	// Logf receives progress lines (nil: discarded).
	Logf func(format string, args ...any)
}

// Node is one running stack.
type Node struct {
	Index int
	// Ports.
	GethHTTP, GethAuth, GethP2P, BeaconP2P, BeaconRPC, BeaconHTTP, BeaconMon, ValMon, ValRPC, ValHTTP, WeftP2P int
	// SidecarHTTP and SidecarMon are the weft-sidecar's Beacon API and metrics
	// ports (Config.Sidecar).
	SidecarHTTP, SidecarMon int
	// BeaconPeerID is the beacon node's libp2p id; WeftPeerID its weft host's.
	BeaconPeerID, WeftPeerID peer.ID
	// WeftKey is the weft host's ed25519 seed.
	WeftKey []byte
	// FirstValidator and NumValidators are the node's interop validators.
	FirstValidator, NumValidators int
	Geth, Beacon, Validator       *Log
	// Sidecar is the weft-sidecar's log (Config.Sidecar; nil otherwise).
	Sidecar *Log
	procs   []*proc
}

// BeaconMultiaddr is the beacon node's libp2p address.
func (nd *Node) BeaconMultiaddr() string {
	return fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", nd.BeaconP2P, nd.BeaconPeerID)
}

// WeftMultiaddr is the weft host's address.
func (nd *Node) WeftMultiaddr() string {
	return fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", nd.WeftP2P, nd.WeftPeerID)
}

// BeaconAPI is the base URL of the node's Beacon API.
func (nd *Node) BeaconAPI() string { return fmt.Sprintf("http://127.0.0.1:%d", nd.BeaconHTTP) }

// SidecarAPI is the base URL of the weft-sidecar (Config.Sidecar).
func (nd *Node) SidecarAPI() string { return fmt.Sprintf("http://127.0.0.1:%d", nd.SidecarHTTP) }

// SidecarMetrics is the URL of the weft-sidecar's Prometheus metrics.
func (nd *Node) SidecarMetrics() string {
	return fmt.Sprintf("http://127.0.0.1:%d/metrics", nd.SidecarMon)
}

// GethRPC is the base URL of the node's execution JSON-RPC.
func (nd *Node) GethRPC() string { return fmt.Sprintf("http://127.0.0.1:%d", nd.GethHTTP) }

type proc struct {
	cmd  *exec.Cmd
	done chan struct{} // closed once the process has exited
}

// Net is a running devnet.
type Net struct {
	Cfg     Config
	Nodes   []*Node
	Genesis time.Time
	// ChainConfig is the path of the consensus chain config.
	ChainConfig string

	mu         sync.Mutex
	stopped    bool
	exited     chan string
	closedPort []int // per node
}

func (c *Config) defaults() error {
	if c.Dir == "" || c.Bins.Weft == "" {
		return errors.New("devnet: Dir and Bins are required")
	}
	if c.Sidecar && (c.Weft || c.REST || c.Bins.Sidecar == "" || c.Bins.BeaconChain == "") {
		return errors.New("devnet: Sidecar needs Bins.Sidecar and Bins.BeaconChain, and excludes Weft and REST")
	}
	if c.REST && (c.Weft || c.Bins.BeaconChain == "") {
		return errors.New("devnet: REST needs Bins.BeaconChain and excludes Weft")
	}
	if c.Front && !c.Weft {
		return errors.New("devnet: Front needs Weft")
	}
	if c.Nodes == 0 {
		c.Nodes = 2
	}
	if c.Validators == 0 {
		c.Validators = 64
	}
	if c.SecondsPerSlot == 0 {
		c.SecondsPerSlot = 2
	}
	if c.SlotsPerEpoch == 0 {
		c.SlotsPerEpoch = 8
	}
	if c.GenesisDelay == 0 {
		c.GenesisDelay = 30 * time.Second
	}
	if c.Nodes < 1 || c.Validators < c.Nodes || c.SecondsPerSlot < 2 {
		return fmt.Errorf("devnet: %d nodes, %d validators, %d s slots: need validators >= nodes >= 1 and slots >= 2 s",
			c.Nodes, c.Validators, c.SecondsPerSlot)
	}
	if c.Logf == nil {
		c.Logf = func(string, ...any) {}
	}
	return nil
}

// Ports for the devnet's processes come from below Linux's ephemeral range
// (32768-60999 by default), so an outgoing connection made between the probe
// and the process's bind cannot take one (the shaper's proxies, the clients'
// own dials and the previous run's sockets all draw ephemeral ports).
const (
	portLow  = 20000
	portHigh = 32000
)

var (
	portMu   sync.Mutex
	portNext = portLow + int(time.Now().UnixNano()%int64(portHigh-portLow))
	portUsed = map[int]bool{}
)

// freePorts returns n ports that are free now on every interface for TCP and
// on 127.0.0.1 for UDP (discovery and QUIC use the same numbers), none handed
// out before by this process.
func freePorts(n int) ([]int, error) {
	portMu.Lock()
	defer portMu.Unlock()
	var out []int
	for tries := 0; len(out) < n; tries++ {
		if tries == portHigh-portLow {
			return nil, fmt.Errorf("devnet: no %d free ports in %d-%d", n, portLow, portHigh)
		}
		p := portNext
		if portNext++; portNext == portHigh {
			portNext = portLow
		}
		if portUsed[p] {
			continue
		}
		l, err := net.Listen("tcp", fmt.Sprintf(":%d", p))
		if err != nil {
			continue
		}
		_ = l.Close()
		u, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			continue
		}
		_ = u.Close()
		portUsed[p] = true
		out = append(out, p)
	}
	return out, nil
}

// chainID is the execution chain id prysmctl writes into geth's genesis.
const chainID = 1337

// DenebForkVersion is the devnet's fork version at genesis.
var DenebForkVersion = []byte{0x20, 0x00, 0x00, 0x93}

func (c *Config) chainConfigYAML(genesisDelay uint64) string {
	far := "18446744073709551615"
	return fmt.Sprintf(`CONFIG_NAME: weft-devnet
PRESET_BASE: 'mainnet'
MIN_GENESIS_ACTIVE_VALIDATOR_COUNT: %d
GENESIS_DELAY: %d
GENESIS_FORK_VERSION: 0x20000089
ALTAIR_FORK_EPOCH: 0
ALTAIR_FORK_VERSION: 0x20000090
BELLATRIX_FORK_EPOCH: 0
BELLATRIX_FORK_VERSION: 0x20000091
CAPELLA_FORK_EPOCH: 0
CAPELLA_FORK_VERSION: 0x20000092
DENEB_FORK_EPOCH: 0
DENEB_FORK_VERSION: 0x20000093
ELECTRA_FORK_EPOCH: %s
ELECTRA_FORK_VERSION: 0x20000094
FULU_FORK_EPOCH: %s
FULU_FORK_VERSION: 0x20000095
TERMINAL_TOTAL_DIFFICULTY: 0
SECONDS_PER_SLOT: %d
SLOTS_PER_EPOCH: %d
SECONDS_PER_ETH1_BLOCK: %d
ETH1_FOLLOW_DISTANCE: 12
DEPOSIT_CHAIN_ID: %d
DEPOSIT_NETWORK_ID: %d
DEPOSIT_CONTRACT_ADDRESS: 0x4242424242424242424242424242424242424242
`, c.Validators, genesisDelay, far, far, c.SecondsPerSlot, c.SlotsPerEpoch, c.SecondsPerSlot, chainID, chainID)
}

// Start generates genesis and starts every stack. The devnet runs until Stop
// or ctx ends.
func Start(ctx context.Context, cfg Config) (*Net, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, err
	}
	n := &Net{Cfg: cfg, exited: make(chan string, 4*cfg.Nodes)}
	n.ChainConfig = filepath.Join(cfg.Dir, "config.yaml")
	delay := uint64(cfg.GenesisDelay / time.Second)
	if err := os.WriteFile(n.ChainConfig, []byte(cfg.chainConfigYAML(delay)), 0o644); err != nil {
		return nil, err
	}
	jwt := make([]byte, 32)
	if _, err := rand.Read(jwt); err != nil {
		return nil, err
	}
	jwtPath := filepath.Join(cfg.Dir, "jwt.hex")
	if err := os.WriteFile(jwtPath, []byte(hex.EncodeToString(jwt)), 0o600); err != nil {
		return nil, err
	}
	gstate := filepath.Join(cfg.Dir, "genesis.ssz")
	gjson := filepath.Join(cfg.Dir, "genesis.json")
	genesisTime := time.Now().Add(cfg.GenesisDelay).Truncate(time.Second)
	genesis := func(extra ...string) error {
		args := append([]string{"testnet", "generate-genesis",
			"--fork=deneb", fmt.Sprintf("--num-validators=%d", cfg.Validators),
			fmt.Sprintf("--genesis-time=%d", genesisTime.Unix()),
			"--chain-config-file=" + n.ChainConfig, "--output-ssz=" + gstate, "--geth-genesis-json-out=" + gjson}, extra...)
		out, err := exec.CommandContext(ctx, cfg.Bins.Prysmctl, args...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("devnet: prysmctl generate-genesis: %w\n%s", err, out)
		}
		return nil
	}
	if err := genesis(); err != nil {
		return nil, err
	}
	if cfg.FundedAddress != "" || cfg.GasLimit != 0 {
		// The execution genesis is part of the beacon genesis (its block hash is
		// in the state): patch prysmctl's execution genesis and generate again
		// from it.
		in := filepath.Join(cfg.Dir, "genesis-in.json")
		if err := cfg.patchGethGenesis(gjson, in); err != nil {
			return nil, err
		}
		if err := genesis("--geth-genesis-json-in=" + in); err != nil {
			return nil, err
		}
	}
	n.Genesis = genesisTime
	cfg.Logf("genesis at %s (%d validators, %d s slots, %d slots per epoch)", genesisTime.Format(time.TimeOnly),
		cfg.Validators, cfg.SecondsPerSlot, cfg.SlotsPerEpoch)

	for i := 0; i < cfg.Nodes; i++ {
		nd, err := n.prepare(ctx, i, gjson)
		if err != nil {
			n.Stop()
			return nil, err
		}
		n.Nodes = append(n.Nodes, nd)
	}
	for _, nd := range n.Nodes {
		if err := n.startNode(ctx, nd, jwtPath, gstate); err != nil {
			n.Stop()
			return nil, err
		}
	}
	return n, nil
}

func (c *Config) gethExtra() []string {
	if c.GasLimit == 0 {
		return nil
	}
	return []string{"--miner.gaslimit", strconv.FormatUint(c.GasLimit, 10)}
}

// patchGethGenesis writes to out the execution genesis at path with the
// funded account and the gas limit.
func (c *Config) patchGethGenesis(path, out string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var g map[string]any
	if err := json.Unmarshal(b, &g); err != nil {
		return fmt.Errorf("devnet: geth genesis: %w", err)
	}
	if c.FundedAddress != "" {
		alloc, _ := g["alloc"].(map[string]any)
		if alloc == nil {
			alloc = map[string]any{}
		}
		alloc["0x"+strings.TrimPrefix(strings.ToLower(c.FundedAddress), "0x")] = map[string]any{
			"balance": "0x33b2e3c9fd0803ce8000000"} // 1e27 wei
		g["alloc"] = alloc
	}
	if c.GasLimit != 0 {
		g["gasLimit"] = fmt.Sprintf("0x%x", c.GasLimit)
	}
	b, err = json.Marshal(g)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// prepare allocates ports and keys and initialises geth's data directory.
func (n *Net) prepare(ctx context.Context, i int, gjson string) (*Node, error) {
	cfg := n.Cfg
	ports, err := freePorts(14)
	if err != nil {
		return nil, err
	}
	per := cfg.Validators / cfg.Nodes
	nd := &Node{Index: i, GethHTTP: ports[0], GethAuth: ports[1], GethP2P: ports[2], BeaconP2P: ports[3],
		BeaconRPC: ports[4], BeaconHTTP: ports[5], BeaconMon: ports[6], ValMon: ports[7], ValRPC: ports[8],
		ValHTTP: ports[9], WeftP2P: ports[10], SidecarHTTP: ports[11], SidecarMon: ports[12], FirstValidator: i * per,
		NumValidators: per}
	closedPort := ports[13] // never listened on: the REST validator's unused gRPC endpoint
	if i == cfg.Nodes-1 {
		nd.NumValidators = cfg.Validators - nd.FirstValidator
	}
	dir := filepath.Join(cfg.Dir, fmt.Sprintf("node%d", i))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	// The beacon node's libp2p key, so every node knows every other's address
	// before any starts.
	bk, _, err := crypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		return nil, err
	}
	raw, err := bk.Raw()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "p2p.key"), []byte(hex.EncodeToString(raw)), 0o600); err != nil {
		return nil, err
	}
	if nd.BeaconPeerID, err = peer.IDFromPrivateKey(bk); err != nil {
		return nil, err
	}
	n.closedPort = append(n.closedPort, closedPort)
	nd.WeftKey = make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(nd.WeftKey); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "weft.key"), []byte(hex.EncodeToString(nd.WeftKey)), 0o600); err != nil {
		return nil, err
	}
	wk, err := crypto.UnmarshalEd25519PrivateKey(ed25519.NewKeyFromSeed(nd.WeftKey))
	if err != nil {
		return nil, err
	}
	if nd.WeftPeerID, err = peer.IDFromPrivateKey(wk); err != nil {
		return nil, err
	}
	out, err := exec.CommandContext(ctx, cfg.Bins.Geth, "init", "--datadir", filepath.Join(dir, "geth"),
		"--state.scheme", "path", gjson).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("devnet: geth init: %w\n%s", err, out)
	}
	return nd, nil
}

func (n *Net) startNode(ctx context.Context, nd *Node, jwtPath, gstate string) error {
	cfg := n.Cfg
	dir := filepath.Join(cfg.Dir, fmt.Sprintf("node%d", nd.Index))
	fee := "0x000000000000000000000000000000000000fee0"
	var err error
	gethArgs := []string{"--datadir", filepath.Join(dir, "geth"), "--state.scheme", "path", "--syncmode", "full",
		"--networkid", strconv.Itoa(chainID), "--nodiscover", "--maxpeers", "0",
		"--port", strconv.Itoa(nd.GethP2P), "--ipcdisable",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(nd.GethHTTP),
		"--http.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(nd.GethAuth), "--authrpc.jwtsecret", jwtPath,
		"--txpool.globalslots", "20000", "--txpool.accountslots", "20000", "--txpool.globalqueue", "20000",
		"--verbosity", "2"}
	nd.Geth, err = n.spawn(ctx, nd, "geth", dir, cfg.Bins.Geth, append(gethArgs, cfg.gethExtra()...)...)
	if err != nil {
		return err
	}
	args := []string{
		"--accept-terms-of-use", "--datadir", filepath.Join(dir, "beacon"),
		"--chain-config-file", n.ChainConfig, "--genesis-state", gstate,
		"--execution-endpoint", fmt.Sprintf("http://127.0.0.1:%d", nd.GethAuth), "--jwt-secret", jwtPath,
		"--chain-id", strconv.Itoa(chainID), "--contract-deployment-block", "0",
		"--no-discovery", "--bootstrap-node=", "--disable-quic",
		"--p2p-local-ip", "127.0.0.1", "--p2p-host-ip", "127.0.0.1",
		"--p2p-tcp-port", strconv.Itoa(nd.BeaconP2P), "--p2p-udp-port", strconv.Itoa(nd.BeaconP2P),
		"--p2p-quic-port", strconv.Itoa(nd.BeaconP2P), "--p2p-priv-key", filepath.Join(dir, "p2p.key"),
		"--rpc-host", "127.0.0.1", "--rpc-port", strconv.Itoa(nd.BeaconRPC),
		"--http-host", "127.0.0.1", "--http-port", strconv.Itoa(nd.BeaconHTTP),
		"--monitoring-host", "127.0.0.1", "--monitoring-port", strconv.Itoa(nd.BeaconMon),
		"--min-sync-peers", "0", "--minimum-peers-per-subnet", "0", "--interop-eth1data-votes",
		"--subscribe-all-subnets", "--suggested-fee-recipient", fee, "--verbosity", "info",
	}
	for j, other := range n.Nodes {
		if !n.neighbours(nd.Index, j) {
			continue
		}
		addr, err := n.link(nd.Index, j, other.BeaconP2P, other.BeaconPeerID)
		if err != nil {
			return err
		}
		args = append(args, "--peer", addr)
	}
	if cfg.Weft {
		args = append(args, "--weft", "--weft-listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", nd.WeftP2P),
			"--weft-key-file", filepath.Join(dir, "weft.key"))
		for j, other := range n.Nodes {
			if n.neighbours(nd.Index, j) {
				addr, err := n.link(nd.Index, j, other.WeftP2P, other.WeftPeerID)
				if err != nil {
					return err
				}
				args = append(args, "--weft-peer", addr)
			}
		}
		if cfg.Front {
			args = append(args, "--weft-api-listen", fmt.Sprintf("127.0.0.1:%d", nd.SidecarHTTP))
		}
		args = append(args, cfg.WeftArgs...)
	}
	beaconBin := cfg.Bins.Weft
	if cfg.Sidecar || cfg.REST {
		beaconBin = cfg.Bins.BeaconChain
	}
	if nd.Beacon, err = n.spawn(ctx, nd, "beacon", dir, beaconBin, args...); err != nil {
		return err
	}
	rpc, rest := fmt.Sprintf("127.0.0.1:%d", nd.BeaconRPC), nd.BeaconAPI()
	if cfg.Sidecar {
		// REST mode against the sidecar; the gRPC endpoint is a port nobody
		// listens on, so a call that went around the sidecar would fail.
		rpc, rest = fmt.Sprintf("127.0.0.1:%d", n.closedPort[nd.Index]), nd.SidecarAPI()
	}
	if cfg.REST {
		rpc = fmt.Sprintf("127.0.0.1:%d", n.closedPort[nd.Index])
	}
	if cfg.Front {
		rpc, rest = fmt.Sprintf("127.0.0.1:%d", n.closedPort[nd.Index]), nd.SidecarAPI()
	}
	valArgs := []string{"--accept-terms-of-use", "--datadir", filepath.Join(dir, "validator"), "--force-clear-db",
		"--chain-config-file", n.ChainConfig,
		"--interop-start-index", strconv.Itoa(nd.FirstValidator), "--interop-num-validators", strconv.Itoa(nd.NumValidators),
		"--beacon-rpc-provider", rpc, "--beacon-rest-api-provider", rest,
		"--monitoring-host", "127.0.0.1", "--monitoring-port", strconv.Itoa(nd.ValMon),
		"--rpc-port", strconv.Itoa(nd.ValRPC), "--http-port", strconv.Itoa(nd.ValHTTP),
		"--suggested-fee-recipient", fee, "--verbosity", "info"}
	if cfg.Sidecar {
		sargs := []string{"--listen", fmt.Sprintf("127.0.0.1:%d", nd.SidecarHTTP), "--node", nd.BeaconAPI(),
			"--metrics-listen", fmt.Sprintf("127.0.0.1:%d", nd.SidecarMon), "--datadir", filepath.Join(dir, "sidecar"),
			"--weft-listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", nd.WeftP2P), "--weft-key-file", filepath.Join(dir, "weft.key")}
		for j, other := range n.Nodes {
			if n.neighbours(nd.Index, j) {
				addr, err := n.link(nd.Index, j, other.WeftP2P, other.WeftPeerID)
				if err != nil {
					return err
				}
				sargs = append(sargs, "--weft-peer", addr)
			}
		}
		sargs = append(sargs, cfg.SidecarArgs...)
		if nd.Index >= cfg.Nodes-cfg.PlainNodes {
			sargs = append(sargs, "--pass-through")
		}
		if nd.Sidecar, err = n.spawn(ctx, nd, "sidecar", dir, cfg.Bins.Sidecar, sargs...); err != nil {
			return err
		}
	}
	if cfg.Sidecar || cfg.REST || cfg.Front {
		valArgs = append(valArgs, "--enable-beacon-rest-api")
	}
	nd.Validator, err = n.spawn(ctx, nd, "validator", dir, cfg.Bins.Validator, valArgs...)
	return err
}

// neighbours reports whether nodes i and j are connected.
func (n *Net) neighbours(i, j int) bool {
	if i == j {
		return false
	}
	if !n.Cfg.Ring || n.Cfg.Nodes <= 3 {
		return true
	}
	d := (i - j + n.Cfg.Nodes) % n.Cfg.Nodes
	return d == 1 || d == n.Cfg.Nodes-1
}

// link returns the multiaddr node from dials to reach port (of peer id) on
// node to, through Config.Link when set.
func (n *Net) link(from, to, port int, id peer.ID) (string, error) {
	hostport := fmt.Sprintf("127.0.0.1:%d", port)
	if n.Cfg.Link != nil {
		var err error
		if hostport, err = n.Cfg.Link(from, to, hostport); err != nil {
			return "", err
		}
	}
	h, p, err := net.SplitHostPort(hostport)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("/ip4/%s/tcp/%s/p2p/%s", h, p, id), nil
}

// spawn starts a process whose stdout and stderr go to a Log and a file.
func (n *Net) spawn(ctx context.Context, nd *Node, name, dir, bin string, args ...string) (*Log, error) {
	f, err := os.Create(filepath.Join(dir, name+".log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	lg := newLog(fmt.Sprintf("node%d/%s", nd.Index, name), f)
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("devnet: start %s: %w", name, err)
	}
	pc := &proc{cmd: cmd, done: make(chan struct{})}
	nd.procs = append(nd.procs, pc)
	consumed := make(chan struct{})
	go func() {
		lg.consume(pr)
		close(consumed)
	}()
	go func() {
		err := cmd.Wait()
		close(pc.done)
		_ = pw.Close()
		// The scanner may still hold lines read before the pipe closed: the log
		// is finished (and its file closed) only after the last of them.
		<-consumed
		lg.finish()
		_ = f.Close()
		n.mu.Lock()
		stopped := n.stopped
		n.mu.Unlock()
		if !stopped {
			n.exited <- fmt.Sprintf("node%d/%s exited: %v", nd.Index, name, err)
		}
	}()
	return lg, nil
}

// Exited delivers a message when a process exits before Stop.
func (n *Net) Exited() <-chan string { return n.exited }

// Stop terminates every process (SIGTERM, then SIGKILL after 10 s) and waits.
func (n *Net) Stop() {
	n.mu.Lock()
	if n.stopped {
		n.mu.Unlock()
		return
	}
	n.stopped = true
	n.mu.Unlock()
	var wg sync.WaitGroup
	for _, nd := range n.Nodes {
		for _, p := range nd.procs {
			wg.Add(1)
			go func(p *proc) {
				defer wg.Done()
				_ = p.cmd.Process.Signal(syscall.SIGTERM)
				t := time.NewTimer(10 * time.Second)
				defer t.Stop()
				select {
				case <-p.done:
				case <-t.C:
					_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
					<-p.done
				}
			}(p)
		}
	}
	wg.Wait()
}

// SlotOf returns the slot a time falls in.
func (n *Net) SlotOf(t time.Time) uint64 {
	if t.Before(n.Genesis) {
		return 0
	}
	return uint64(t.Sub(n.Genesis) / (time.Duration(n.Cfg.SecondsPerSlot) * time.Second))
}

// SlotStart returns when a slot starts.
func (n *Net) SlotStart(slot uint64) time.Time {
	return n.Genesis.Add(time.Duration(slot) * time.Duration(n.Cfg.SecondsPerSlot) * time.Second)
}

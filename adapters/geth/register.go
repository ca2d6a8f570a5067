package weftgeth

import (
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/node"
)

// Register adds weft to a geth node that has not started: the weft/1 devp2p
// protocol and the Service's lifecycle, over the node's eth service. When
// cfg.NodeKey is nil the node's devp2p key signs the transactions it
// publishes. This is the one call an L2 fork adds after creating its eth
// service:
//
//	backend, ethService := utils.RegisterEthService(stack, &cfg.Eth)
//	if _, err := weftgeth.Register(stack, ethService, weftCfg); err != nil {
//		utils.Fatalf("weft: %v", err)
//	}
func Register(stack *node.Node, e *eth.Ethereum, cfg Config) (*Service, error) {
	if cfg.NodeKey == nil {
		cfg.NodeKey = stack.Server().PrivateKey
	}
	s, err := New(cfg, NewEthBackend(e))
	if err != nil {
		return nil, err
	}
	stack.RegisterProtocols(s.Protocols())
	stack.RegisterLifecycle(s)
	return s, nil
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @dev A plain mintable ERC-20 for tests. Not for deployment.
contract TestToken is ERC20 {
    constructor() ERC20("weft test token", "WTT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @dev An ERC-20 that keeps 1% of every transfer (fee-on-transfer), for tests.
contract FeeToken is ERC20 {
    constructor() ERC20("fee token", "FEE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value / 100;
            super._update(from, address(0), fee);
            value -= fee;
        }
        super._update(from, to, value);
    }
}

/// @dev A minimal ENS registry (owner and resolver of a node), for resolver tests.
contract MockENS {
    mapping(bytes32 => address) public owner;
    mapping(bytes32 => address) public resolver;

    function setOwner(bytes32 node, address o) external {
        owner[node] = o;
    }

    function setResolver(bytes32 node, address r) external {
        resolver[node] = r;
    }
}

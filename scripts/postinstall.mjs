console.log("postinstall ok")
